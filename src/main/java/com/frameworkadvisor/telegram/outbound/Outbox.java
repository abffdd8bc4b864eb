package com.frameworkadvisor.telegram.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replies waiting to be sent. They are written in the same transaction as the conversation state they belong
 * to, so a reply is never lost after its update was confirmed, and never written for an update that was not.
 */
public final class Outbox {

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

    public void enqueue(long chatId, List<OutboundMessage> messages) {
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
     * What each chat can send now, oldest chat first: the chat's oldest waiting messages, in order, up to the
     * first one that is postponed or being sent by another instance. Sending a chat's messages only from its head
     * keeps each chat's order, across instances too.
     *
     * @param chats   at most this many chats
     * @param perChat at most this many messages of one chat
     */
    List<List<Entry>> dueRuns(int chats, int perChat) {
        List<Row> rows = jdbc.sql("SELECT id, chat_id, payload, attempts, position FROM ("
                        + "SELECT o.*, ROW_NUMBER() OVER (PARTITION BY o.chat_id ORDER BY o.id) AS position "
                        + "FROM telegram_outbox o) ranked "
                        + "WHERE position <= :perChat AND not_before <= :now "
                        + "AND (lease_until IS NULL OR lease_until < :now OR lease_owner = :owner) ORDER BY id")
                .param("perChat", perChat).param("now", now()).param("owner", owner)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getInt("position")))
                .list();
        // Rows come oldest first, so a chat's first row is its head when the head is due at all.
        Map<Long, List<Entry>> runs = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Entry> run = runs.get(row.chatId());
            if (run == null && row.position() == 1 && runs.size() < chats) {
                runs.put(row.chatId(), run = new ArrayList<>());
            }
            // A gap means a message in between is postponed or someone else's: the run ends before it.
            if (run != null && row.position() == run.size() + 1) {
                run.add(new Entry(row.id(), row.chatId(), json.readValue(row.payload(), OutboundMessage.class),
                        row.attempts()));
            }
        }
        return List.copyOf(runs.values());
    }

    /** When the next postponed message becomes due, if any is waiting. */
    Instant nextDue() {
        OffsetDateTime next = jdbc.sql("SELECT MIN(not_before) FROM telegram_outbox")
                .query(OffsetDateTime.class).optional().orElse(null);
        return next == null ? null : next.toInstant();
    }

    /**
     * Takes these messages for this instance to send, in one statement.
     *
     * @return the ones it now holds; the others are being sent by another instance
     */
    Set<Long> lease(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        OffsetDateTime now = now();
        int leased = jdbc.sql("UPDATE telegram_outbox SET lease_owner = :owner, lease_until = :until WHERE id IN (:ids) "
                        + "AND (lease_until IS NULL OR lease_until < :now OR lease_owner = :owner)")
                .param("owner", owner).param("until", now.plus(LEASE)).param("ids", ids).param("now", now)
                .update();
        if (leased == ids.size()) {
            return Set.copyOf(ids);
        }
        // Every row of ours among them was just renewed, so whatever carries our name is held now.
        return Set.copyOf(jdbc.sql("SELECT id FROM telegram_outbox WHERE id IN (:ids) AND lease_owner = :owner")
                .param("ids", ids).param("owner", owner).query(Long.class).list());
    }

    /** Removes messages Telegram has (or that are given up on). */
    void sent(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM telegram_outbox WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    /** Gives back leased messages that were not sent after all, so any instance may send them straight away. */
    void release(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE telegram_outbox SET lease_owner = NULL, lease_until = NULL WHERE id IN (:ids) "
                            + "AND lease_owner = :owner")
                    .param("ids", ids).param("owner", owner).update();
        }
    }

    void postpone(long id, Duration delay) {
        jdbc.sql("UPDATE telegram_outbox SET attempts = attempts + 1, not_before = :at, lease_owner = NULL, "
                        + "lease_until = NULL WHERE id = :id")
                .param("at", now().plus(delay)).param("id", id).update();
    }

    /** Drops everything waiting for a chat, as when the user blocked the bot. */
    public int dropChat(long chatId) {
        return jdbc.sql("DELETE FROM telegram_outbox WHERE chat_id = :chat").param("chat", chatId).update();
    }

    int size() {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    record Entry(long id, long chatId, OutboundMessage message, int attempts) {
    }

    private record Row(long id, long chatId, String payload, int attempts, int position) {
    }
}
