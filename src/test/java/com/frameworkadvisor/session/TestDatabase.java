package com.frameworkadvisor.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A private in-memory H2 database with the real migrations applied, for one test; dropped by {@link #close()}. */
final class TestDatabase implements AutoCloseable {

    private final JdbcClient jdbc;

    private TestDatabase(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    static TestDatabase migrated() {
        // DB_CLOSE_DELAY=-1 keeps the database between connections; close() drops it.
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new TestDatabase(dataSource);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** A store whose clock stands still at {@code now}, so timestamps can be asserted exactly. */
    JdbcConversationStore storeAt(Instant now) {
        return new JdbcConversationStore(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Override
    public void close() {
        jdbc.sql("SHUTDOWN").update();
    }
}
