package com.frameworkadvisor.telegram.outbound;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What delivery remembers per chat: each conversation's open question message, and whether the chat blocked the bot. */
public final class DeliveryRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The message holding the conversation's open question (per member in a group), if one is known. */
    Optional<Long> questionMessage(String conversation) {
        return jdbc.sql("SELECT message_id FROM telegram_questions WHERE conversation = :conversation")
                .param("conversation", conversation).query(Long.class).optional();
    }

    void rememberQuestion(String conversation, long chatId, long messageId) {
        int updated = jdbc.sql("UPDATE telegram_questions SET message_id = :message WHERE conversation = :conversation")
                .param("message", messageId).param("conversation", conversation).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO telegram_questions (conversation, chat_id, message_id) "
                            + "VALUES (:conversation, :chat, :message)")
                    .param("conversation", conversation).param("chat", chatId).param("message", messageId).update();
        }
    }

    /** Forgets what delivery keeps about a chat (its question messages), as /forget in a private chat asks. */
    public void forgetChat(long chatId) {
        jdbc.sql("DELETE FROM telegram_questions WHERE chat_id = :chat").param("chat", chatId).update();
        jdbc.sql("DELETE FROM telegram_chats WHERE chat_id = :chat AND blocked_at IS NULL").param("chat", chatId)
                .update();
    }

    /** Forgets one member's question message, as /forget in a group asks: the chat belongs to the others too. */
    public void forgetConversation(String conversation) {
        jdbc.sql("DELETE FROM telegram_questions WHERE conversation = :conversation")
                .param("conversation", conversation).update();
    }

    boolean isBlocked(long chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_chats WHERE chat_id = :chat AND blocked_at IS NOT NULL")
                .param("chat", chatId).query(Integer.class).single() > 0;
    }

    public void setBlocked(long chatId, boolean blocked) {
        if (!blocked) {
            jdbc.sql("UPDATE telegram_chats SET blocked_at = NULL WHERE chat_id = :chat").param("chat", chatId).update();
            return;
        }
        int updated = jdbc.sql("UPDATE telegram_chats SET blocked_at = :at WHERE chat_id = :chat")
                .param("at", now()).param("chat", chatId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO telegram_chats (chat_id, blocked_at) VALUES (:chat, :at)")
                    .param("chat", chatId).param("at", now()).update();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
