package io.tribune.moderation.engine.activity;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** The stateful rules over the database store, which reads a busy network by a query of its own. */
class H2ActivityRulesTests extends ActivityRulesTests {

    @Override
    ActivityStore store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:activity-rules-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new JdbcActivityStore(dataSource);
    }
}
