package com.frameworkadvisor.conversation;

import java.util.List;

/** Deletes everything stored about the user; the service carries it out (see {@link Turn#forgetsEverything()}). */
final class ForgetCommand implements CommandHandler {

    private final Texts texts;

    ForgetCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        return new Turn(ConversationState.NEW, List.of(Reply.message(texts.get("forgotten"))), true);
    }
}
