package com.frameworkadvisor.conversation;

import java.util.List;

/**
 * The commands a user is told about, in the order they are listed: /help and Telegram's command menu are both
 * made from this one list, with the description of each from the message bundle
 * ({@code command.<name>.description}), so the two can never list different commands.
 */
public final class CommandMenu {

    /** Every one is handled by the engine's registry, except "forget", which ConversationService handles. */
    public static final List<String> NAMES = List.of("start", "help", "back", "skip", "whyask", "change", "continue",
            "summary", "why", "sources", "restart", "cancel", "forget");

    private CommandMenu() {
    }

    public static String description(Texts texts, String name) {
        return texts.get("command." + name + ".description");
    }
}
