package com.frameworkadvisor.session;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped when the JVM exits, with a fresh database for
 * each test that asks: starting the server is the costly part, a database is not.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database: its JDBC URL, for user {@code postgres} without a password. */
    public static synchronized String freshDatabaseUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; the embedded server's files are temporary anyway
                }
            }));
        }
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(server.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
        return server.getJdbcUrl("postgres", name);
    }

    /** A new, empty database. */
    public static DataSource freshDatabase() {
        return new DriverManagerDataSource(freshDatabaseUrl(), "postgres", "");
    }
}
