package com.frameworkadvisor.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server for a benchmark, without its start-up lines (initdb, server log) in the report. */
final class QuietPostgres {

    static final String USER = "postgres";

    private QuietPostgres() {
    }

    static EmbeddedPostgres start() throws IOException {
        if (LoggerFactory.getLogger("io.zonky") instanceof Logger zonky) {
            zonky.setLevel(Level.WARN);
        }
        return EmbeddedPostgres.start();
    }

    static String url(EmbeddedPostgres postgres) {
        return postgres.getJdbcUrl(USER, USER);
    }
}
