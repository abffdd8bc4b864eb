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

    /** Long enough for one send with its retries inside the client; a dead sender's lease expires after it. */
    static final Duration LEASE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String owner;
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param owner this instance's name: a message is leased to one instance while it is being sent */
    Outbox(JdbcClient jdbc, Clock clock, String owner) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.owner = owner;
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

    /**
     * The oldest waiting message of each chat that is due and not being sent by another instance, oldest first:
     * sending only these keeps each chat's order, across instances too.
     */
    List<Entry> dueHeads(int limit) {
        return jdbc.sql("SELECT o.id, o.chat_id, o.payload, o.attempts, o.created_at FROM telegram_outbox o "
                        + "WHERE o.id IN (SELECT MIN(id) FROM telegram_outbox GROUP BY chat_id) "
                        + "AND o.not_before <= :now "
                        + "AND (o.lease_until IS NULL OR o.lease_until < :now OR o.lease_owner = :owner) ORDER BY o.id")
                .param("now", now()).param("owner", owner)
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

    /** Takes the message for this instance to send; false when another instance has it. */
    boolean lease(long id) {
        OffsetDateTime now = now();
        return jdbc.sql("UPDATE telegram_outbox SET lease_owner = :owner, lease_until = :until WHERE id = :id "
                        + "AND (lease_until IS NULL OR lease_until < :now OR lease_owner = :owner)")
                .param("owner", owner).param("until", now.plus(LEASE)).param("id", id).param("now", now)
                .update() == 1;
    }

    void sent(long id) {
        jdbc.sql("DELETE FROM telegram_outbox WHERE id = :id").param("id", id).update();
    }

    void postpone(long id, Duration delay) {
        jdbc.sql("UPDATE telegram_outbox SET attempts = attempts + 1, not_before = :at, lease_owner = NULL, "
                        + "lease_until = NULL WHERE id = :id")
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
