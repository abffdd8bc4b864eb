package com.frameworkadvisor.conversation;

/** Lists what the user can do, from the same list as Telegram's command menu; changes nothing. */
final class HelpCommand implements CommandHandler {

    private final Texts texts;

    HelpCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        StringBuilder help = new StringBuilder(Html.bold(texts.get("help.title"))).append("\n")
                .append(texts.get("help.intro"));
        for (String name : CommandMenu.NAMES) {
            help.append("\n/").append(name).append(": ").append(CommandMenu.description(texts, name));
        }
        return Turn.of(state, Reply.message(help.append("\n").append(texts.get("help.after")).append("\n")
                .append(texts.get("help.team")).toString()));
    }
}
