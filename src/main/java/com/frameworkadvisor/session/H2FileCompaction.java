package com.frameworkadvisor.session;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Compacts the embedded H2 file when the program stops. Every write of the store (each checkpoint, see
 * {@link H2Checkpoint}) adds a chunk to the file, and H2 does not compact them away while running, so at a few
 * updates a second the file grows by about 15 KB per turn (see BENCHMARKS.md). SHUTDOWN COMPACT rewrites it to its
 * live data at each stop; a bot that runs for long stretches belongs on PostgreSQL, where no such growth occurs.
 */
final class H2FileCompaction implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    private final DataSource dataSource;

    H2FileCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void destroy() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                // Returning this connection to the pool after the shutdown fails, as expected, and H2 would write
                // that to a trace file beside the data: no trace is wanted for the last moment of a clean stop.
                statement.execute("SET TRACE_LEVEL_FILE 0");
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (Exception e) {
            // Compaction only saves disk space: the data is safe either way.
            log.warn("Could not compact the H2 file at shutdown: {}", e.toString());
        } finally {
            closeQuietly(connection);
        }
    }

    /** After SHUTDOWN the database is closed, so returning the connection to the pool fails, as expected. */
    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (Exception expected) {
            // the database is already closed
        }
    }
}
