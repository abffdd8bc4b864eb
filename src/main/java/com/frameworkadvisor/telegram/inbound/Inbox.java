package com.frameworkadvisor.telegram.inbound;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Updates the webhook acknowledged and stored, waiting to be processed by whichever instance gets to them. */
final class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the update; a second delivery of one still waiting is the same update and is simply kept once. */
    void store(long updateId, long chatId, String payload) {
        boolean waiting = jdbc.sql("SELECT COUNT(*) FROM telegram_inbox WHERE update_id = :id").param("id", updateId)
                .query(Integer.class).single() > 0;
        if (waiting) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO telegram_inbox (update_id, chat_id, payload, received_at) "
                            + "VALUES (:id, :chat, :payload, :now)")
                    .param("id", updateId).param("chat", chatId).param("payload", payload)
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            // Another instance stored the same delivery a moment ago: it is in the inbox, which is all we need.
        }
    }

    /** Chats with updates waiting, the longest-waiting first. */
    List<Long> chatsWaiting(int limit) {
        return jdbc.sql("SELECT chat_id FROM telegram_inbox GROUP BY chat_id ORDER BY MIN(update_id)")
                .query(Long.class).list().stream().limit(limit).toList();
    }

    /** A chat's waiting updates in the order Telegram numbered them. */
    List<Waiting> forChat(long chatId) {
        return jdbc.sql("SELECT update_id, payload FROM telegram_inbox WHERE chat_id = :chat ORDER BY update_id")
                .param("chat", chatId)
                .query((rs, row) -> new Waiting(rs.getLong("update_id"), rs.getString("payload"))).list();
    }

    void remove(long updateId) {
        jdbc.sql("DELETE FROM telegram_inbox WHERE update_id = :id").param("id", updateId).update();
    }

    record Waiting(long updateId, String payload) {
    }
}
