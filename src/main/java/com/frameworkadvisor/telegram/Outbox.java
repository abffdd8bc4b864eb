package com.frameworkadvisor.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replies waiting to be sent. They are written in the same transaction as the conversation state they belong
 * to, so a reply is never lost after its update was confirmed, and never written for an update that was not.
 */
final class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void enqueue(long chatId, List<OutboundMessage> messages) {
        OffsetDateTime now = now();
        for (OutboundMessage message : messages) {
            jdbc.sql("INSERT INTO telegram_outbox (chat_id, kind, payload, attempts, not_before, created_at) "
                            + "VALUES (:chat, :kind, :payload, 0, :now, :now)")
                    .param("chat", chatId).param("kind", message.kind().name())
                    .param("payload", json.writeValueAsString(message)).param("now", now)
                    .update();
        }
    }

    /** The oldest waiting message of each chat that is due, oldest first: sending only these keeps chat order. */
    List<Entry> dueHeads(int limit) {
        return jdbc.sql("SELECT o.id, o.chat_id, o.payload, o.attempts, o.created_at FROM telegram_outbox o "
                        + "WHERE o.id IN (SELECT MIN(id) FROM telegram_outbox GROUP BY chat_id) "
                        + "AND o.not_before <= :now ORDER BY o.id")
                .param("now", now())
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getLong("chat_id"),
                        json.readValue(rs.getString("payload"), OutboundMessage.class), rs.getInt("attempts"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list().stream().limit(limit).toList();
    }

    /** When the next postponed message becomes due, if any is waiting. */
    Instant nextDue() {
        OffsetDateTime next = jdbc.sql("SELECT MIN(not_before) FROM telegram_outbox")
                .query(OffsetDateTime.class).optional().orElse(null);
        return next == null ? null : next.toInstant();
    }

    void sent(long id) {
        jdbc.sql("DELETE FROM telegram_outbox WHERE id = :id").param("id", id).update();
    }

    void postpone(long id, Duration delay) {
        jdbc.sql("UPDATE telegram_outbox SET attempts = attempts + 1, not_before = :at WHERE id = :id")
                .param("at", now().plus(delay)).param("id", id).update();
    }

    /** Drops everything waiting for a chat, as when the user blocked the bot. */
    int dropChat(long chatId) {
        return jdbc.sql("DELETE FROM telegram_outbox WHERE chat_id = :chat").param("chat", chatId).update();
    }

    int size() {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    record Entry(long id, long chatId, OutboundMessage message, int attempts, Instant createdAt) {
    }
}
