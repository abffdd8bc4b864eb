package com.frameworkadvisor.telegram.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One instance at a time handles a chat: it holds the chat's lease while it works through the chat's updates.
 * Taking a lease is a single conditional write, atomic on H2 and PostgreSQL alike, and a lease that is not
 * released (its instance died) expires, so the chat is taken over.
 */
final class ChatLeases {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String owner;
    private final Duration duration;

    ChatLeases(JdbcClient jdbc, Clock clock, String owner, Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.owner = owner;
        this.duration = duration;
    }

    boolean acquire(long chatId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int taken = jdbc.sql("UPDATE telegram_chat_leases SET owner = :owner, valid_until = :until "
                        + "WHERE chat_id = :chat AND (valid_until < :now OR owner = :owner)")
                .param("owner", owner).param("until", now.plus(duration)).param("chat", chatId).param("now", now)
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO telegram_chat_leases (chat_id, owner, valid_until) VALUES (:chat, :owner, :until)")
                    .param("chat", chatId).param("owner", owner).param("until", now.plus(duration)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false; // another instance holds it
        }
    }

    void release(long chatId) {
        jdbc.sql("DELETE FROM telegram_chat_leases WHERE chat_id = :chat AND owner = :owner")
                .param("chat", chatId).param("owner", owner).update();
    }
}
