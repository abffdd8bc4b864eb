package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.telegram.outbound.DeliveryRecords;
import com.frameworkadvisor.telegram.outbound.OutboundRenderer;
import com.frameworkadvisor.telegram.outbound.Outbox;
import java.util.List;

/**
 * What an update does, inside the transaction that marks it processed: a turn of a conversation (and what it means
 * for the member's teams), a team step, a short hint for what the bot cannot read, or a chat blocked or unblocked.
 * Everything it sends goes into the outbox.
 */
final class UpdateEffects {

    private final ConversationService conversations;
    private final TeamSteps teamSteps;
    private final DeliveryRecords records;
    private final Outbox outbox;
    private final Texts texts;
    private final OutboundRenderer renderer = new OutboundRenderer();

    UpdateEffects(ConversationService conversations, TeamSteps teamSteps, DeliveryRecords records, Outbox outbox,
                  Texts texts) {
        this.conversations = conversations;
        this.teamSteps = teamSteps;
        this.records = records;
        this.outbox = outbox;
        this.texts = texts;
    }

    void apply(Incoming incoming) {
        if (incoming instanceof Incoming.ForConversation c) {
            ConversationService.Handled handled = conversations.handleTurn(c.chatKey(), c.input());
            if (handled.forgotten()) {
                if (c.privateChat()) {
                    records.forgetChat(c.chatId());
                } else {
                    records.forgetConversation(c.chatKey());
                }
            }
            outbox.enqueue(c.chatId(), renderer.render(handled.replies(), c.callbackId(), c.chatKey()));
            teamSteps.afterTurn(c.userId(), c.privateChat(), handled);
        } else if (incoming instanceof Incoming.ForTeam t) {
            teamSteps.apply(t);
        } else if (incoming instanceof Incoming.Unsupported u) {
            outbox.enqueue(u.chatId(), renderer.render(List.of(Reply.message(texts.get(u.messageKey()))), null, null));
        } else if (incoming instanceof Incoming.Membership m) {
            records.setBlocked(m.chatId(), m.blocked());
            if (m.blocked()) {
                outbox.dropChat(m.chatId());
            }
        }
    }
}
