package com.frameworkadvisor.telegram.fake;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The chats as Telegram keeps them: one message_id sequence per chat shared by the users' and the bot's messages,
 * and the bot's messages with their current text and keyboard.
 */
final class Chats {

    static final String PRIVATE = "private";
    static final String GROUP = "group";

    /** A bot message as it stands now. */
    record BotMessage(long chatId, long messageId, long date, MessageText text, InlineKeyboard keyboard, int edits,
            Long editDate) {

        BotMessage edited(MessageText newText, InlineKeyboard newKeyboard, long when) {
            return new BotMessage(chatId, messageId, date, newText, newKeyboard, edits + 1, when);
        }

        boolean looksLike(MessageText other, InlineKeyboard otherKeyboard) {
            return text.formatted().equals(other.formatted()) && keyboard.equals(otherKeyboard);
        }

        ChatMessage toChatMessage() {
            return new ChatMessage(messageId, text.raw(), text.parseMode(), keyboard.rows(), edits);
        }
    }

    private static final class Chat {
        private String type = PRIVATE;
        private long lastMessageId;
        private final TreeMap<Long, BotMessage> botMessages = new TreeMap<>();
    }

    private final Map<Long, Chat> chats = new HashMap<>();

    synchronized void remember(long chatId, String type) {
        chat(chatId).type = type;
    }

    /** Chats the users never wrote in are taken as private chats. */
    synchronized String type(long chatId) {
        return chat(chatId).type;
    }

    synchronized long nextMessageId(long chatId) {
        return ++chat(chatId).lastMessageId;
    }

    synchronized BotMessage send(long chatId, MessageText text, InlineKeyboard keyboard) {
        Chat chat = chat(chatId);
        BotMessage message = new BotMessage(chatId, ++chat.lastMessageId, now(), text, keyboard, 0, null);
        chat.botMessages.put(message.messageId(), message);
        return message;
    }

    /** Applies an edit, or fails the way Telegram does when the message is unknown or would not change. */
    synchronized BotMessage edit(long chatId, long messageId, MessageText text, InlineKeyboard keyboard) {
        BotMessage current = find(chatId, messageId)
                .orElseThrow(() -> ApiError.badRequest("message to edit not found"));
        MessageText newText = text == null ? current.text() : text;
        if (current.looksLike(newText, keyboard)) {
            throw ApiError.badRequest("message is not modified: specified new message content and reply markup"
                    + " are exactly the same as a current content and reply markup of the message");
        }
        BotMessage edited = current.edited(newText, keyboard, now());
        chat(chatId).botMessages.put(messageId, edited);
        return edited;
    }

    synchronized boolean delete(long chatId, long messageId) {
        return chat(chatId).botMessages.remove(messageId) != null;
    }

    synchronized Optional<BotMessage> find(long chatId, long messageId) {
        Chat chat = chats.get(chatId);
        return chat == null ? Optional.empty() : Optional.ofNullable(chat.botMessages.get(messageId));
    }

    synchronized List<ChatMessage> messages(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null ? List.of()
                : chat.botMessages.values().stream().map(BotMessage::toChatMessage).toList();
    }

    private Chat chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new Chat());
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }
}
