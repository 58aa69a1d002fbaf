package io.tribune.moderation.engine.activity;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what a store reads through it: the statements it prepares and the rows it
 * takes from their results.
 */
final class CountedReads {

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger rows = new AtomicInteger();
    private final DataSource dataSource;

    CountedReads(DataSource target) {
        this.dataSource = wrap(DataSource.class, target, (method, result) -> {
            if (method.equals("getConnection")) {
                return wrap(Connection.class, (Connection) result, this::countStatements);
            }
            return result;
        });
    }

    DataSource dataSource() {
        return dataSource;
    }

    int statements() {
        return statements.get();
    }

    int rows() {
        return rows.get();
    }

    void reset() {
        statements.set(0);
        rows.set(0);
    }

    private Object countStatements(String method, Object result) {
        if (method.equals("prepareStatement")) {
            statements.incrementAndGet();
            return wrap(PreparedStatement.class, (PreparedStatement) result, this::countRows);
        }
        return result;
    }

    private Object countRows(String method, Object result) {
        if (method.equals("executeQuery")) {
            return wrap(ResultSet.class, (ResultSet) result, (called, more) -> {
                if (called.equals("next") && Boolean.TRUE.equals(more)) {
                    rows.incrementAndGet();
                }
                return more;
            });
        }
        return result;
    }

    /** What a call returned, or what the wrapper hands back instead. */
    private interface Returned {
        Object apply(String method, Object result) throws Exception;
    }

    private static <T> T wrap(Class<T> type, T target, Returned returned) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return returned.apply(method.getName(), method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
