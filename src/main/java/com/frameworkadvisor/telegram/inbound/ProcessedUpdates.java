package com.frameworkadvisor.telegram.inbound;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The updates already applied (or given up on), so that a redelivered update changes nothing. */
final class ProcessedUpdates {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcessedUpdates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the update was applied (or given up on) already: a redelivery. */
    boolean isProcessed(long updateId) {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_updates WHERE update_id = :id").param("id", updateId)
                .query(Integer.class).single() > 0;
    }

    /** Records the update as applied; false when it already was (a redelivery). Call inside the transaction. */
    boolean markProcessed(long updateId) {
        if (isProcessed(updateId)) {
            return false;
        }
        jdbc.sql("INSERT INTO telegram_updates (update_id, processed_at) VALUES (:id, :now)")
                .param("id", updateId).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return true;
    }

    /**
     * Forgets the records older than the cut-off. Telegram keeps an unconfirmed update for at most a day, so older
     * records can never match a redelivery.
     */
    int forgetBefore(Instant cutOff) {
        return jdbc.sql("DELETE FROM telegram_updates WHERE processed_at < :cutOff")
                .param("cutOff", OffsetDateTime.ofInstant(cutOff, ZoneOffset.UTC)).update();
    }
}
