package com.frameworkadvisor.session;

import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Run in a separate JVM by {@link JdbcConversationStoreRestartTests}: saves one conversation, passes the write
 * barrier (as the program does before it confirms anything), says so, and then dies at once, like a killed
 * process, without closing the connection or running shutdown hooks.
 */
final class SaveThenHalt {

    private SaveThenHalt() {
    }

    public static void main(String[] args) {
        String url = args[0];
        // One connection held open, as a pool would, so that H2 does not close (and flush) the database on its own.
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        ConversationStore store = new JdbcConversationStore(JdbcClient.create(dataSource), Clock.systemUTC());
        long version = store.save(args[1], args[2], 0);
        version = store.save(args[1], args[3], version);
        new H2Checkpoint(JdbcClient.create(dataSource)).awaitDurable();
        System.out.println("saved version " + version);
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
