package com.frameworkadvisor.telegram;

import java.util.Map;

/**
 * The updates a probe found stalling the bot, each as the JSON of its one field (update_id is added by whoever
 * delivers it): the library cannot read some of them at all, and others break the translation of a correct-looking
 * update. Each names the chat it would belong to, where it has one.
 */
final class MalformedUpdates {

    static final long NO_CHAT = 3101;
    static final long NO_FROM = 3102;
    static final long NO_NEW_MEMBER = 3103;
    static final long BEYOND_INTEGER = 3106;

    private MalformedUpdates() {
    }

    private static String user(long id) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"U\"}";
    }

    /** Each kind of bad update, by a short name: field name and raw JSON value. */
    static Map<String, String[]> all() {
        return Map.of(
                "a message without a chat", new String[] {"message", "{\"message_id\":1,\"date\":1700000000,"
                        + "\"from\":" + user(NO_CHAT) + ",\"text\":\"hello\"}"},
                "a callback without from", new String[] {"callback_query", "{\"id\":\"cbq-no-from\",\"chat_instance\":"
                        + "\"1\",\"data\":\"x\",\"message\":{\"message_id\":5,\"date\":1700000000,\"chat\":{\"id\":"
                        + NO_FROM + ",\"type\":\"private\"}}}"},
                "a membership change without the new member", new String[] {"my_chat_member", "{\"chat\":{\"id\":"
                        + NO_NEW_MEMBER + ",\"type\":\"private\"},\"from\":" + user(NO_NEW_MEMBER) + ",\"date\":1,"
                        + "\"old_chat_member\":{\"status\":\"member\",\"user\":" + user(NO_NEW_MEMBER) + "}}"},
                "a chat that is a string", new String[] {"message", "{\"message_id\":1,\"date\":1700000000,"
                        + "\"chat\":\"oops\",\"text\":\"hello\"}"},
                "nesting deeper than any parser allows", new String[] {"message", "{\"message_id\":1,\"extra\":"
                        + "[".repeat(5000) + "]".repeat(5000) + "}"},
                "a number beyond the library's integer", new String[] {"message", "{\"message_id\":99999999999999,"
                        + "\"date\":1700000000,\"chat\":{\"id\":" + BEYOND_INTEGER + ",\"type\":\"private\"},\"from\":"
                        + user(BEYOND_INTEGER) + ",\"text\":\"hello\"}"});
    }
}
