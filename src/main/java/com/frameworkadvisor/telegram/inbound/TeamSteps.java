package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.team.TeamMessage;
import com.frameworkadvisor.team.TeamService;
import com.frameworkadvisor.telegram.ConversationKeys;
import com.frameworkadvisor.telegram.inbound.Incoming.TeamStep;
import com.frameworkadvisor.telegram.outbound.OutboundRenderer;
import com.frameworkadvisor.telegram.outbound.Outbox;
import java.util.List;

/**
 * Carries out team steps, in the transaction of the update that asks for them, and puts what the team says in the
 * outbox: to the group, or to a member's private chat (in Telegram a user's private chat with the bot has the
 * user's id). A member's turns feed the teams they are in: a result in private counts as their answers, and
 * /forget takes them out.
 */
final class TeamSteps {

    private final TeamService teams;
    private final ConversationService conversations;
    private final Outbox outbox;
    private final OutboundRenderer renderer = new OutboundRenderer();

    TeamSteps(TeamService teams, ConversationService conversations, Outbox outbox) {
        this.teams = teams;
        this.conversations = conversations;
        this.outbox = outbox;
    }

    void apply(Incoming.ForTeam step) {
        TeamStep what = step.step();
        if (what instanceof TeamStep.Open open) {
            send(teams.open(step.chatId(), open.groupTitle(), step.userName()), null);
        } else if (what instanceof TeamStep.Join join) {
            join(step, join.code());
        } else if (what instanceof TeamStep.Press press) {
            send(teams.pressed(step.chatId(), press.data()), step.callbackId());
        } else if (what instanceof TeamStep.Ask ask) {
            send(teams.ask(step.chatId(), ask.code(), ask.question()), null);
        } else if (what instanceof TeamStep.Left) {
            send(teams.left(step.chatId(), step.userId()), null);
        } else {
            outbox.enqueue(step.chatId(), renderer.render(List.of(teams.onlyInGroups()), step.callbackId(), null));
        }
    }

    /**
     * After a turn: a member who had everything about them deleted (/forget, in private or in a group) is out of
     * their teams; a result reached in private counts as their answers. (A result in a group conversation does
     * not: members answer for a team in private.)
     */
    void afterTurn(long userId, boolean privateChat, ConversationService.Handled handled) {
        if (handled.forgotten()) {
            send(teams.forgot(userId), null);
        } else if (privateChat && handled.answered() != null) {
            send(teams.answered(userId, handled.answered()), null);
        }
    }

    /**
     * Joining picks the member's own conversation up where it is, right under the team's welcome: a new interview,
     * the open question, or a result they already reached, which then counts for the team at once.
     */
    private void join(Incoming.ForTeam step, String code) {
        TeamService.Joined joined = teams.join(code, step.userId(), step.userName());
        send(joined.messages(), null);
        if (joined.joined()) {
            String key = ConversationKeys.ofPrivateChat(step.chatId());
            ConversationService.Handled resumed = conversations.handleTurn(key, new Input.Command("resume", ""));
            outbox.enqueue(step.chatId(), renderer.render(resumed.replies(), null, key));
            afterTurn(step.userId(), true, resumed);
        }
    }

    /**
     * Sends the team's messages in order, each to its chat; a pressed button is answered with the first message to
     * the group, so its spinner stops. The team always says something to the group when one of its buttons is
     * pressed (the result, the closing, the record, or that the button is stale); anything else is a bug.
     */
    private void send(List<TeamMessage> messages, String callbackId) {
        String unanswered = callbackId;
        for (TeamMessage message : messages) {
            boolean toGroup = message.recipient() == TeamMessage.Recipient.GROUP;
            String key = toGroup ? null : ConversationKeys.ofPrivateChat(message.id());
            outbox.enqueue(message.id(), renderer.render(List.of(message.reply()), toGroup ? unanswered : null, key));
            if (toGroup) {
                unanswered = null;
            }
        }
        if (unanswered != null) {
            throw new IllegalStateException("a team button was pressed and the team said nothing to the group");
        }
    }
}
