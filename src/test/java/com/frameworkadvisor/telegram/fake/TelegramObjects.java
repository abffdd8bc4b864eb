package com.frameworkadvisor.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the Bot API objects (User, Chat, Message) the fake returns and puts into updates. */
final class TelegramObjects {

    static final long BOT_ID = 777;
    static final String BOT_FIRST_NAME = "Advisor";
    static final String BOT_USERNAME = "AdvisorTestBot";
    static final String USER_FIRST_NAME = "Tester";
    static final String GROUP_TITLE = "Test group";

    private TelegramObjects() {
    }

    static ObjectNode bot() {
        ObjectNode bot = Json.object().put("id", BOT_ID).put("is_bot", true).put("first_name", BOT_FIRST_NAME)
                .put("username", BOT_USERNAME);
        return bot.put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    /** First names given to users by tests (people in a team are told apart by them); "Tester" otherwise. */
    private static final Map<Long, String> FIRST_NAMES = new ConcurrentHashMap<>();

    static void name(long userId, String firstName) {
        FIRST_NAMES.put(userId, firstName);
    }

    static ObjectNode user(long userId) {
        return Json.object().put("id", userId).put("is_bot", false)
                .put("first_name", FIRST_NAMES.getOrDefault(userId, USER_FIRST_NAME))
                .put("username", "tester" + userId).put("language_code", "en");
    }

    static ObjectNode chat(long chatId, String type) {
        ObjectNode chat = Json.object().put("id", chatId).put("type", type);
        return Chats.PRIVATE.equals(type)
                ? chat.put("first_name", USER_FIRST_NAME).put("username", "tester" + chatId)
                : chat.put("title", GROUP_TITLE);
    }

    /** A message from a user; a leading /command gets its bot_command entity, which is how bots recognise it. */
    static ObjectNode userMessage(long messageId, long chatId, String chatType, long userId, String text) {
        ObjectNode message = Json.object().put("message_id", messageId);
        message.set("from", user(userId));
        message.set("chat", chat(chatId, chatType));
        message.put("date", Chats.now()).put("text", text);
        if (text.startsWith("/")) {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return message;
    }

    /** A bot message as Telegram returns it: the text without markup, the inline keyboard, edit_date once edited. */
    static ObjectNode botMessage(Chats.BotMessage stored, String chatType) {
        ObjectNode message = Json.object().put("message_id", stored.messageId());
        message.set("from", bot());
        message.set("chat", chat(stored.chatId(), chatType));
        message.put("date", stored.date());
        if (stored.editDate() != null) {
            message.put("edit_date", stored.editDate());
        }
        message.put("text", stored.text().plain());
        if (stored.keyboard().markup() != null) {
            message.set("reply_markup", stored.keyboard().markup());
        }
        return message;
    }
}
