package com.frameworkadvisor.telegram;

/**
 * How Telegram chats name their conversations in the store: one per private chat, one per member in a group (so
 * people in one group never answer each other's questions). The inbound side names them; the outbound side needs
 * the name of a private chat's conversation for messages stored before each message carried its own.
 */
public final class ConversationKeys {

    private static final String PREFIX = "tg:";

    private ConversationKeys() {
    }

    public static String ofPrivateChat(long chatId) {
        return PREFIX + chatId;
    }

    public static String ofGroupMember(long chatId, long userId) {
        return PREFIX + chatId + ":" + userId;
    }
}
