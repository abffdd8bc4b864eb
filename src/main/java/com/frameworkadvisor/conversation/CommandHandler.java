package com.frameworkadvisor.conversation;

/** One command (/start, /back, ...), typed or pressed. */
public interface CommandHandler {

    /** @param argument what followed the command, such as a /start deep-link payload; may be empty */
    Turn handle(ConversationState state, String argument);
}
