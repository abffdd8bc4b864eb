package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.Input;

/** What one Telegram update means for the bot. */
sealed interface Incoming {

    long updateId();

    /**
     * Something for the conversation of {@code chatKey}, from {@code userId}; replies go to {@code chatId}, a private
     * chat or a group.
     */
    record ForConversation(long updateId, long chatId, long userId, boolean privateChat, String chatKey, Input input,
                           String callbackId)
            implements Incoming {
    }

    /**
     * A step of a team decision: opened, pressed or left in a group, joined (or asked for) in private. Replies go to
     * {@code chatId}, and to whoever else the team tells.
     */
    record ForTeam(long updateId, long chatId, long userId, String userName, TeamStep step, String callbackId)
            implements Incoming {
    }

    /** What a team step is. */
    sealed interface TeamStep {

        /** "/team" in a group, or the bot added with the "startgroup=team" link. */
        record Open(String groupTitle) implements TeamStep {
        }

        /** "/start team-CODE" from the group's link, or "/join CODE", in private. */
        record Join(String code) implements TeamStep {
        }

        /** "/team" in private: teams are made in groups. */
        record OnlyInGroups() implements TeamStep {
        }

        /** One of the team's buttons pressed in the group. */
        record Press(String data) implements TeamStep {
        }

        /** A question in the group, in reply to one of the team's messages (the team of {@code code}). */
        record Ask(String code, String question) implements TeamStep {
        }

        /** The user left the group. */
        record Left() implements TeamStep {
        }
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
