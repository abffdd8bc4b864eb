package com.frameworkadvisor.telegram;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Applies one update exactly once: in one transaction it records the update as processed, runs the turn (which
 * stores the conversation) and puts the replies in the outbox. Only then may the update be confirmed to
 * Telegram. A redelivered update finds itself recorded and changes nothing.
 */
final class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);
    static final String UPDATE_KEY = "update";
    static final String FORGET = "forget";
    static final String HANDLED = "advisor.updates.handled";
    static final String HANDLING = "advisor.updates.handling";

    private final TransactionTemplate transactions;
    private final DeliveryRecords records;
    private final Outbox outbox;
    private final ConversationService conversations;
    private final UpdateTranslator translator;
    private final OutboundRenderer renderer = new OutboundRenderer();
    private final Texts texts;
    private final Runnable wakeSender;
    private final MeterRegistry meters;

    UpdateProcessor(TransactionTemplate transactions, DeliveryRecords records, Outbox outbox,
                    ConversationService conversations, UpdateTranslator translator, Texts texts, Runnable wakeSender,
                    MeterRegistry meters) {
        this.transactions = transactions;
        this.records = records;
        this.outbox = outbox;
        this.conversations = conversations;
        this.translator = translator;
        this.texts = texts;
        this.wakeSender = wakeSender;
        this.meters = meters;
    }

    /** The chat an update belongs to, for keeping each chat's updates in order; 0 when it has none. */
    long chatOf(Update update) {
        Incoming incoming = translator.translate(update);
        if (incoming instanceof Incoming.ForConversation c) {
            return c.chatId();
        }
        if (incoming instanceof Incoming.Unsupported u) {
            return u.chatId();
        }
        return incoming instanceof Incoming.Membership m ? m.chatId() : 0;
    }

    /**
     * @return true when the update's effect is stored (or it was already); false when storing failed, in which
     *         case it must not be confirmed so that Telegram delivers it again
     */
    boolean process(Update update) {
        Incoming incoming = translator.translate(update);
        // Every log line written while this update is handled names it (see logging.pattern.correlation).
        Timer.Sample handling = Timer.start(meters);
        String outcome = "failed";
        try (MDC.MDCCloseable ignored = MDC.putCloseable(UPDATE_KEY, String.valueOf(incoming.updateId()))) {
            boolean applied = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!records.markProcessed(incoming.updateId())) {
                    return false;
                }
                apply(incoming);
                return true;
            }));
            outcome = applied ? "applied" : "duplicate";
        } catch (RuntimeException e) {
            log.error("Update {} could not be stored and will be processed again: {}", incoming.updateId(),
                    e.toString());
            return false;
        } finally {
            handling.stop(meters.timer(HANDLING, "outcome", outcome));
            meters.counter(HANDLED, "outcome", outcome).increment();
        }
        wakeSender.run();
        return true;
    }

    private void apply(Incoming incoming) {
        if (incoming instanceof Incoming.ForConversation c) {
            List<Reply> replies = conversations.handle(c.chatKey(), c.input());
            boolean privateChat = !c.chatKey().substring(UpdateTranslator.KEY_PREFIX.length()).contains(":");
            if (privateChat && c.input() instanceof Input.Command command && FORGET.equals(command.name())) {
                records.forgetChat(c.chatId());
            }
            outbox.enqueue(c.chatId(), renderer.render(replies, c.callbackId()));
        } else if (incoming instanceof Incoming.Unsupported u) {
            outbox.enqueue(u.chatId(), renderer.render(List.of(Reply.message(texts.get(u.messageKey()))), null));
        } else if (incoming instanceof Incoming.Membership m) {
            records.setBlocked(m.chatId(), m.blocked());
            if (m.blocked()) {
                outbox.dropChat(m.chatId());
            }
        }
    }
}
