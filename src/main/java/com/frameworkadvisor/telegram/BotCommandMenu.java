package com.frameworkadvisor.telegram;

import com.frameworkadvisor.conversation.Texts;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command menu Telegram shows, with descriptions from the message bundle. */
final class BotCommandMenu {

    static final List<String> MENU = List.of("start", "help", "back", "skip", "whyask", "change", "summary", "why",
            "sources", "restart", "cancel", "forget");

    private final Texts texts;

    BotCommandMenu(Texts texts) {
        this.texts = texts;
    }

    List<BotCommand> menu() {
        return MENU.stream().map(name -> new BotCommand(name, texts.get("telegram.command." + name))).toList();
    }
}
