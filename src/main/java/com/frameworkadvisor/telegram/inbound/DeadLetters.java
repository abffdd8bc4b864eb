package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.telegram.client.ReceivedUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Updates given up on after their attempts: what they were, why they failed, when. */
final class DeadLetters {

    /** Enough of the raw update to see what it was; a payload larger than this is cut. */
    static final int PAYLOAD_LIMIT = 16 * 1024;
    static final int ERROR_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadLetters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the update; a second record of the same update (another instance got there first) is a no-op. */
    void record(ReceivedUpdate update, String error, int attempts, Instant firstSeen) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM telegram_dead_letters WHERE update_id = :id")
                .param("id", update.updateId()).query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        jdbc.sql("INSERT INTO telegram_dead_letters (update_id, kind, chat_id, payload, error, attempts, first_seen, "
                        + "last_seen) VALUES (:id, :kind, :chat, :payload, :error, :attempts, :first, :last)")
                .param("id", update.updateId()).param("kind", cut(update.kind(), 64)).param("chat", update.chatId())
                .param("payload", cut(update.raw(), PAYLOAD_LIMIT)).param("error", cut(error, ERROR_LIMIT))
                .param("attempts", attempts).param("first", at(firstSeen)).param("last", at(clock.instant()))
                .update();
    }

    int countSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_dead_letters WHERE last_seen >= :since")
                .param("since", at(since)).query(Integer.class).single();
    }

    int forgetBefore(Instant cutOff) {
        return jdbc.sql("DELETE FROM telegram_dead_letters WHERE last_seen < :cutOff").param("cutOff", at(cutOff))
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text, int limit) {
        String value = text == null ? "" : text;
        return value.length() <= limit ? value : value.substring(0, limit);
    }
}
