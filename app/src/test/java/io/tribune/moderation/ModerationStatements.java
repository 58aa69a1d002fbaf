package io.tribune.moderation;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the test's own thread prepares while it runs a piece of work, through a
 * wrapper around the site's data source: what a console page costs in round trips to the database,
 * whichever of JDBC or Hibernate sends them. Other threads (pollers, the web server) are not counted.
 */
class ModerationStatements implements BeanPostProcessor {

    private volatile Thread watched;
    private final AtomicInteger prepared = new AtomicInteger();

    /** How many statements the current thread prepared while running the work. */
    int during(Runnable work) {
        prepared.set(0);
        watched = Thread.currentThread();
        try {
            work.run();
        } finally {
            watched = null;
        }
        return prepared.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource source) || bean instanceof Counting) {
            return bean;
        }
        return new Counting(source);
    }

    private final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counted(super.getConnection(user, password));
        }

        private Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, arguments) -> {
                String called = method.getName();
                if (called.equals("equals")) {
                    return proxy == arguments[0];
                }
                if (called.equals("hashCode")) {
                    return System.identityHashCode(proxy);
                }
                if (Thread.currentThread() == watched
                        && (called.equals("prepareStatement")
                                || called.equals("prepareCall")
                                || called.equals("createStatement"))) {
                    prepared.incrementAndGet();
                }
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
