package com.frameworkadvisor.conversation;

/** Stops the conversation and forgets its answers. */
final class CancelCommand implements CommandHandler {

    private final Texts texts;

    CancelCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        return Turn.of(state.cancelled(), Reply.message(texts.get("cancelled")));
    }
}
