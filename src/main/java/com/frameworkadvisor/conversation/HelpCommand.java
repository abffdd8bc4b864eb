package com.frameworkadvisor.conversation;

/** Lists what the user can do; changes nothing. */
final class HelpCommand implements CommandHandler {

    private final Texts texts;

    HelpCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        return Turn.of(state, Reply.message(texts.get("help")));
    }
}
