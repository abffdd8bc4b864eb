package com.frameworkadvisor.telegram.client;

import com.frameworkadvisor.conversation.CommandMenu;
import com.frameworkadvisor.conversation.Texts;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command menu Telegram shows, with descriptions from the message bundle. */
final class BotCommandMenu {

    private final Texts texts;

    BotCommandMenu(Texts texts) {
        this.texts = texts;
    }

    List<BotCommand> menu() {
        return CommandMenu.NAMES.stream().map(name -> new BotCommand(name, CommandMenu.description(texts, name)))
                .toList();
    }
}
