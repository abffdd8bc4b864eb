package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.telegram.client.ReceivedUpdate;
import com.frameworkadvisor.telegram.outbound.OutboundRenderer;
import com.frameworkadvisor.telegram.outbound.Outbox;
import java.util.List;
import java.util.Set;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one update exactly once: in one transaction it records the update as processed, runs the turn (which
 * stores the conversation) and puts the replies in the outbox. Only then may the update be confirmed to
 * Telegram. A redelivered update finds itself recorded and changes nothing.
 *
 * <p>Failures are told apart here, in one place. A transient one (the database, a transaction) leaves the update
 * unconfirmed, to come again for as long as it takes: nothing acknowledged may be lost. Any other (an update that
 * cannot be read, a missing field, a bug) is tried a few times more and then given up on: recorded as a dead
 * letter, marked processed and so confirmed, with an apology to the chat when there is one, so that one bad
 * update never holds up those behind it.
 */
final class UpdateProcessor implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);
    static final String UPDATE_KEY = "update";
    static final String APOLOGY = "error.apology";
    static final String HANDLED = "advisor.updates.handled";
    static final String HANDLING = "advisor.updates.handling";
    static final String DEAD_LETTERED = "advisor.updates.dead.lettered";
    /** The kinds of update a user sends: only those get an apology when given up on. */
    private static final Set<String> FROM_A_USER = Set.of("message", "callback_query");

    private final TransactionTemplate transactions;
    private final ProcessedUpdates processed;
    private final Outbox outbox;
    private final UpdateEffects effects;
    private final UpdateTranslator translator;
    private final OutboundRenderer renderer = new OutboundRenderer();
    private final Texts texts;
    private final Runnable wakeSender;
    private final MeterRegistry meters;
    private final DeadLetters deadLetters;
    private final FailedAttempts attempts;
    private final int maxAttempts;

    /** @param maxAttempts how often an update may fail for a reason that is not transient before it is given up */
    UpdateProcessor(TransactionTemplate transactions, ProcessedUpdates processed, Outbox outbox,
                    UpdateEffects effects, UpdateTranslator translator, Texts texts, Runnable wakeSender,
                    MeterRegistry meters, DeadLetters deadLetters, FailedAttempts attempts, int maxAttempts) {
        this.transactions = transactions;
        this.processed = processed;
        this.outbox = outbox;
        this.effects = effects;
        this.translator = translator;
        this.texts = texts;
        this.wakeSender = wakeSender;
        this.meters = meters;
        this.deadLetters = deadLetters;
        this.attempts = attempts;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public boolean process(ReceivedUpdate received) {
        // Every log line written while this update is handled names it (see logging.pattern.correlation).
        Timer.Sample handling = Timer.start(meters);
        String outcome = "failed";
        try (MDC.MDCCloseable ignored = MDC.putCloseable(UPDATE_KEY, String.valueOf(received.updateId()))) {
            try {
                outcome = applyOnce(received) ? "applied" : "duplicate";
                attempts.forget(received.updateId());
            } catch (RuntimeException e) {
                outcome = afterFailure(received, e);
                if (outcome.equals("failed")) {
                    return false;
                }
            }
        } finally {
            handling.stop(meters.timer(HANDLING, "outcome", outcome));
            meters.counter(HANDLED, "outcome", outcome).increment();
        }
        wakeSender.run();
        return true;
    }

    /** Applies the update in one transaction; false when it had been applied before. */
    private boolean applyOnce(ReceivedUpdate received) {
        if (!received.isReadable()) {
            throw new UnreadableUpdateException(received.unreadable());
        }
        Incoming incoming = translator.translate(received.update());
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!processed.markProcessed(incoming.updateId())) {
                return false;
            }
            effects.apply(incoming);
            return true;
        }));
    }

    /** The database or a transaction failed: worth trying again as it is. Anything else is about the update. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a failure means for the update: "failed" when it must come again (a transient failure, or one not yet
     * tried enough), "duplicate" when it had been applied or given up on before (a redelivery fails as it did, so
     * it is recognised only here, off the path of the updates that succeed), "dead-lettered" once given up on.
     */
    private String afterFailure(ReceivedUpdate received, RuntimeException e) {
        try {
            if (isTransient(e)) {
                log.error("Update {} could not be stored and will be processed again: {}", received.updateId(),
                        e.toString());
                return "failed";
            }
            if (processed.isProcessed(received.updateId())) {
                attempts.forget(received.updateId());
                return "duplicate";
            }
        } catch (RuntimeException storing) {
            log.error("Update {} could not be checked and will come again: {}", received.updateId(),
                    storing.toString());
            return "failed";
        }
        return failed(received, e) ? "dead-lettered" : "failed";
    }

    /** A failure that is not transient: tried again a few times, then given up on. True once given up on. */
    private boolean failed(ReceivedUpdate received, RuntimeException e) {
        FailedAttempts.Attempts tried = attempts.failed(received.updateId());
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (tried.count() < maxAttempts) {
            log.warn("Update {} ({}) failed, attempt {} of {}: {}", received.updateId(), received.kind(),
                    tried.count(), maxAttempts, error);
            return false;
        }
        boolean recorded;
        try {
            recorded = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!processed.markProcessed(received.updateId())) {
                    return false; // another instance got there first
                }
                deadLetters.record(received, error, tried.count(), tried.firstSeen());
                if (received.chatId() != 0 && FROM_A_USER.contains(received.kind())) {
                    outbox.enqueue(received.chatId(), renderer.render(
                            List.of(Reply.message(texts.get(APOLOGY))), null, null));
                }
                return true;
            }));
        } catch (RuntimeException storing) {
            log.error("Update {} could not be recorded as a dead letter and will come again: {}",
                    received.updateId(), storing.toString());
            return false;
        }
        attempts.forget(received.updateId());
        if (!recorded) {
            return true;
        }
        meters.counter(DEAD_LETTERED, "kind", received.kind()).increment();
        log.error("Update {} ({}) given up after {} attempts and recorded as a dead letter: {}",
                received.updateId(), received.kind(), tried.count(), error, e);
        return true;
    }
}
