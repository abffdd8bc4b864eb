package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.team.TeamService;
import com.frameworkadvisor.telegram.inbound.Incoming.TeamStep;
import com.frameworkadvisor.telegram.ConversationKeys;
import com.frameworkadvisor.telegram.client.BotIdentity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads a Telegram update as the conversation sees it. Private chats are the main case. In groups the bot only
 * takes commands (bare, or addressed to it with @) and replies to its own messages, and keeps one conversation
 * per user, so people in one group never answer each other's questions.
 */
final class UpdateTranslator {

    static final String UNSUPPORTED_CONTENT = "telegram.unsupported.content";
    static final String UNSUPPORTED_EDIT = "telegram.unsupported.edit";

    private final BotIdentity bot;

    UpdateTranslator(BotIdentity bot) {
        this.bot = bot;
    }

    Incoming translate(Update update) {
        long id = update.getUpdateId();
        if (update.hasCallbackQuery()) {
            return press(id, update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(id, update.getMessage());
        }
        if (update.hasEditedMessage() && update.getEditedMessage().isUserMessage()) {
            return new Incoming.Unsupported(id, update.getEditedMessage().getChatId(), UNSUPPORTED_EDIT);
        }
        if (update.hasMyChatMember() && update.getMyChatMember().getChat().isUserChat()) {
            String status = update.getMyChatMember().getNewChatMember().getStatus();
            return new Incoming.Membership(id, update.getMyChatMember().getChat().getId(),
                    "kicked".equals(status) || "left".equals(status));
        }
        return new Incoming.Ignored(id);
    }

    private Incoming press(long id, CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || query.getData() == null) {
            return new Incoming.Ignored(id);
        }
        long chatId = message.getChatId();
        boolean privateChat = message.isUserMessage();
        if (!privateChat && TeamService.isTeamButton(query.getData())) {
            return new Incoming.ForTeam(id, chatId, query.getFrom().getId(), name(query.getFrom()),
                    new TeamStep.Press(query.getData()), query.getId());
        }
        long userId = query.getFrom().getId();
        return new Incoming.ForConversation(id, chatId, userId, privateChat, chatKey(privateChat, chatId, userId),
                new Input.Press(query.getData()), query.getId());
    }

    private Incoming message(long id, Message message) {
        long chatId = message.getChatId();
        boolean privateChat = message.isUserMessage();
        if (!privateChat && !message.isGroupMessage() && !message.isSuperGroupMessage()) {
            return new Incoming.Ignored(id);
        }
        User left = message.getLeftChatMember();
        if (!privateChat && left != null && left.getId() != bot.id()) {
            return new Incoming.ForTeam(id, chatId, left.getId(), name(left), new TeamStep.Left(), null);
        }
        if (!message.hasText()) {
            // Service messages (members joining, a title changed) are not the user talking to the bot.
            boolean content = message.getFrom() != null
                    && (message.getNewChatMembers() == null || message.getNewChatMembers().isEmpty())
                    && message.getLeftChatMember() == null;
            return privateChat && content ? new Incoming.Unsupported(id, chatId, UNSUPPORTED_CONTENT)
                    : new Incoming.Ignored(id);
        }
        if (message.getFrom() == null) {
            return new Incoming.Ignored(id);
        }
        long userId = message.getFrom().getId();
        String key = chatKey(privateChat, chatId, userId);
        String text = message.getText();
        if (text.startsWith("/")) {
            Input.Command command = command(text);
            TeamStep step = command == null ? null : teamStep(command, privateChat, message.getChat().getTitle());
            if (step != null) {
                return new Incoming.ForTeam(id, chatId, userId, name(message.getFrom()), step, null);
            }
            if (command != null) {
                return new Incoming.ForConversation(id, chatId, userId, privateChat, key, command, null);
            }
            // A command for another bot: in a group it is none of our business; in private it is just text.
            return privateChat
                    ? new Incoming.ForConversation(id, chatId, userId, privateChat, key, new Input.Text(text), null)
                    : new Incoming.Ignored(id);
        }
        Optional<String> team = privateChat ? Optional.empty() : teamRepliedTo(message);
        if (team.isPresent()) {
            return new Incoming.ForTeam(id, chatId, userId, name(message.getFrom()),
                    new TeamStep.Ask(team.get(), text), null);
        }
        if (privateChat || isReplyToBot(message)) {
            return new Incoming.ForConversation(id, chatId, userId, privateChat, key, new Input.Text(text), null);
        }
        return new Incoming.Ignored(id);
    }

    /** "/start payload" or "/start@ThisBot payload"; {@code null} when addressed to another bot or malformed. */
    Input.Command command(String text) {
        String[] parts = text.substring(1).split("\\s+", 2);
        String name = parts[0];
        int at = name.indexOf('@');
        if (at >= 0) {
            if (!name.substring(at + 1).equalsIgnoreCase(bot.username())) {
                return null;
            }
            name = name.substring(0, at);
        }
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return null;
        }
        return new Input.Command(name.toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
    }

    /**
     * The team step a command asks for: "/team" (and the "startgroup=team" link's "/start team") opens one in a
     * group; "/join CODE" and the group's link ("/start team-CODE") join one in private. {@code null} for the rest.
     */
    private static TeamStep teamStep(Input.Command command, boolean privateChat, String groupTitle) {
        boolean team = command.name().equals("team") || !privateChat && command.name().equals("start")
                && command.argument().strip().equals("team");
        if (team) {
            return privateChat ? new TeamStep.OnlyInGroups()
                    : new TeamStep.Open(groupTitle == null ? "" : groupTitle);
        }
        if (privateChat && command.name().equals("join")) {
            return new TeamStep.Join(command.argument());
        }
        if (privateChat && command.name().equals("start")) {
            return TeamService.codeInStartParameter(command.argument().strip()).map(TeamStep.Join::new).orElse(null);
        }
        return null;
    }

    /** How the team calls a member: their first name, as Telegram shows it. */
    private static String name(User user) {
        String first = user.getFirstName();
        return first != null && !first.isBlank() ? first.strip()
                : user.getUserName() != null ? user.getUserName() : String.valueOf(user.getId());
    }

    /** The team whose message (its result, with the team's buttons) the message replies to, if it does. */
    private Optional<String> teamRepliedTo(Message message) {
        Message replied = message.getReplyToMessage();
        if (!isReplyToBot(message) || replied.getReplyMarkup() == null
                || replied.getReplyMarkup().getKeyboard() == null) {
            return Optional.empty();
        }
        return replied.getReplyMarkup().getKeyboard().stream().flatMap(List::stream)
                .map(button -> TeamService.codeOfButton(button.getCallbackData())).flatMap(Optional::stream)
                .findFirst();
    }

    private boolean isReplyToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    /** One conversation per private chat; in a group, one per user. */
    static String chatKey(boolean privateChat, long chatId, long userId) {
        return privateChat ? ConversationKeys.ofPrivateChat(chatId) : ConversationKeys.ofGroupMember(chatId, userId);
    }
}
