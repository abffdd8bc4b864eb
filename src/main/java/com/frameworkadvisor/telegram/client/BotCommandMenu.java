package com.frameworkadvisor.telegram.client;

import com.frameworkadvisor.conversation.CommandMenu;
import com.frameworkadvisor.conversation.Texts;
import java.util.List;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram shows, with descriptions from the message bundle: the conversation's commands, then
 * the team decision's, which only Telegram has (a team is made in a group).
 */
final class BotCommandMenu {

    static final List<String> TEAM_COMMANDS = List.of("team", "join");

    private final Texts texts;

    BotCommandMenu(Texts texts) {
        this.texts = texts;
    }

    List<BotCommand> menu() {
        return Stream.concat(CommandMenu.NAMES.stream(), TEAM_COMMANDS.stream())
                .map(name -> new BotCommand(name, CommandMenu.description(texts, name))).toList();
    }
}
