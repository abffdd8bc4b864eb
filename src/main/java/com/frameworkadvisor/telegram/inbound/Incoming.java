package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.Input;

/** What one Telegram update means for the bot. */
sealed interface Incoming {

    long updateId();

    /** Something for the conversation of {@code chatKey}; replies go to {@code chatId}, a private chat or a group. */
    record ForConversation(long updateId, long chatId, boolean privateChat, String chatKey, Input input,
                           String callbackId)
            implements Incoming {
    }

    /** Something the bot cannot use, but that deserves a short, helpful reply (a sticker, an edit). */
    record Unsupported(long updateId, long chatId, String messageKey) implements Incoming {
    }

    /** The user blocked the bot, or unblocked it: sending stops or may resume. */
    record Membership(long updateId, long chatId, boolean blocked) implements Incoming {
    }

    /** Nothing to do: a channel post, group chatter not addressed to the bot, and the like. */
    record Ignored(long updateId) implements Incoming {
    }
}
