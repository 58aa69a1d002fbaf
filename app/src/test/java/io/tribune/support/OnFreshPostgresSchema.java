package io.tribune.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class's site on PostgreSQL, where production runs, in a fresh schema made by the
 * migrations and dropped when the site stops; the class is skipped where no PostgreSQL runs (CI
 * starts one). Put on a subclass of an H2 test to run all its journeys again there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnFreshPostgresSchema.WherePostgresRuns.class)
@ContextConfiguration(initializers = OnFreshPostgresSchema.FreshSchema.class)
public @interface OnFreshPostgresSchema {

    /** Skips the class where no PostgreSQL runs, before its site is started. */
    final class WherePostgresRuns implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Postgres.isAvailable()
                    ? ConditionEvaluationResult.enabled("PostgreSQL at " + Postgres.URL)
                    : ConditionEvaluationResult.disabled("no PostgreSQL at " + Postgres.URL + " (CI starts one)");
        }
    }

    /** Points the site at a fresh schema, and drops the schema when the site stops. */
    final class FreshSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String schema = Postgres.freshSchema();
            TestPropertyValues.of(
                            "spring.datasource.url=" + Postgres.urlFor(schema),
                            "spring.datasource.username=" + Postgres.USER,
                            "spring.flyway.schemas=" + schema)
                    .applyTo(context);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    try {
                        Postgres.dropSchema(schema);
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not drop the test schema " + schema, e);
                    }
                }
            });
        }
    }
}
