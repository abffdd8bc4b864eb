package com.frameworkadvisor.telegram.outbound;

import com.frameworkadvisor.telegram.BackgroundLoop;
import com.frameworkadvisor.telegram.Backoff;
import com.frameworkadvisor.telegram.client.ApiFailure;
import com.frameworkadvisor.telegram.client.BotApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. A chat's messages go from its oldest waiting one, in order, a few per pass ({@link #RUN}),
 * so each chat sees its replies in order; chats are served oldest first within Telegram's limits. 429 waits the
 * time Telegram asks for; 5xx and network errors back off; 403 stops sending to that chat; an edit that is no
 * longer possible becomes a new message. The calls themselves are {@link SenderActions}.
 */
public final class OutboxSender extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration IDLE_WAIT = Duration.ofSeconds(1);
    static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1));
    /** Chats served in one pass. */
    static final int BATCH = 200;
    /** Messages of one chat sent in one pass: a turn's replies (an answered button, an edit, the next question). */
    static final int RUN = 5;
    static final Duration DRAIN_TIME = Duration.ofSeconds(3);
    /** A reply failing for this many attempts in a row is mentioned in the log again (about every ten minutes). */
    static final int ATTEMPTS_BETWEEN_WARNINGS = 16;

    private final Outbox outbox;
    private final DeliveryRecords records;
    private final SenderActions actions;
    private final MessageDispatch dispatch;
    private final SendLimiter limiter;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** A pass's outcome that could not be stored yet; only the sender's own thread touches it. */
    private PassOutcome unstored;

    OutboxSender(Outbox outbox, DeliveryRecords records, SenderActions actions, SendLimiter limiter, Clock clock,
                 TransactionTemplate transactions) {
        super("telegram-sender", Duration.ofSeconds(5));
        this.outbox = outbox;
        this.records = records;
        this.actions = actions;
        this.dispatch = new MessageDispatch(actions, records);
        this.limiter = limiter;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    protected void loop() {
        while (isRunning()) {
            try {
                boolean progressed = deliverDue();
                if (!progressed) {
                    waitForWork(waitTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unavailable: nothing is lost, the outbox is read again shortly.
                log.error("Sending replies failed; retrying shortly: {}", actions.redact(e.toString()));
                sleep(IDLE_WAIT);
            }
        }
    }

    /**
     * One pass over the chats with something due; true when anything was sent or settled. Each chat sends its
     * due messages in order, as far as its limits allow; the pass leases them in one statement and stores its
     * outcome in one transaction.
     */
    boolean deliverDue() {
        storeUnstored();
        List<List<Outbox.Entry>> runs = outbox.dueRuns(BATCH, RUN).stream()
                .map(this::withinLimits).filter(run -> !run.isEmpty()).toList();
        if (runs.isEmpty()) {
            return false;
        }
        Set<Long> held = outbox.lease(runs.stream().flatMap(List::stream).map(Outbox.Entry::id).toList());
        PassOutcome outcome = new PassOutcome();
        for (List<Outbox.Entry> run : runs) {
            deliverRun(run, held, outcome);
        }
        unstored = outcome;
        storeUnstored();
        // Nothing held means another instance is sending these: wait rather than spin.
        return !held.isEmpty();
    }

    /**
     * Stores the last pass's outcome if that failed before: the messages it sent stay leased to this instance,
     * so sending them again before their deletion is stored would show the user the same reply twice.
     */
    private void storeUnstored() {
        if (unstored != null && !unstored.isEmpty()) {
            PassOutcome outcome = unstored;
            transactions.executeWithoutResult(status -> outcome.store(outbox, records));
        }
        unstored = null;
    }

    /** The head of a chat's run and what follows it, as far as the rate limits allow now. */
    private List<Outbox.Entry> withinLimits(List<Outbox.Entry> run) {
        int allowed = 0;
        for (Outbox.Entry entry : run) {
            boolean isCallback = entry.message().kind() == OutboundMessage.Kind.ANSWER_CALLBACK;
            if (!isCallback && !limiter.tryAcquire(entry.chatId())) {
                break;
            }
            allowed++;
        }
        return run.subList(0, allowed);
    }

    /** Sends a chat's messages in order until one cannot go now; the rest wait for a later pass. */
    private void deliverRun(List<Outbox.Entry> run, Set<Long> held, PassOutcome outcome) {
        boolean goOn = isRunning() && held.contains(run.get(0).id());
        if (goOn && records.isBlocked(run.get(0).chatId())) {
            outcome.drop(run.get(0).chatId());
            return;
        }
        for (Outbox.Entry entry : run) {
            goOn = goOn && isRunning() && held.contains(entry.id());
            if (goOn) {
                goOn = deliver(entry, outcome);
            } else if (held.contains(entry.id())) {
                outcome.unsent(entry.id());
            }
        }
    }

    /** @return true when the chat's next message may follow in this pass */
    private boolean deliver(Outbox.Entry entry, PassOutcome outcome) {
        try {
            dispatch.carryOut(entry.chatId(), entry.message(), outcome);
            outcome.sent(entry.id());
            return true;
        } catch (BotApiException e) {
            return settle(entry, e.failure(), outcome);
        }
    }

    private Duration waitTime() {
        Instant next = outbox.nextDue();
        if (next == null) {
            return IDLE_WAIT;
        }
        Duration until = Duration.between(clock.instant(), next);
        // Due now but held back by the rate limits: look again soon rather than after the idle wait.
        return until.isNegative() || until.isZero() ? Duration.ofMillis(20) : until.compareTo(IDLE_WAIT) > 0
                ? IDLE_WAIT : until;
    }

    private boolean settle(Outbox.Entry entry, ApiFailure failure, PassOutcome outcome) {
        switch (failure.kind()) {
            case NOT_MODIFIED -> outcome.sent(entry.id());
            case RATE_LIMITED -> {
                outcome.postpone(entry.id(), failure.retryAfter());
                return false;
            }
            case BLOCKED -> {
                log.info("Chat {} blocked the bot or is gone; nothing more is sent there", entry.chatId());
                outcome.blocked(entry.chatId());
                return false;
            }
            case TRANSIENT -> {
                // A reply is sent at least once: network trouble and 5xx are waited out, however long they last.
                if (entry.attempts() > 0 && entry.attempts() % ATTEMPTS_BETWEEN_WARNINGS == 0) {
                    log.warn("A {} to chat {} has failed {} times and is still being retried: {}",
                            entry.message().kind(), entry.chatId(), entry.attempts(), failure.detail());
                }
                outcome.postpone(entry.id(), BACKOFF.after(entry.attempts()));
                return false;
            }
            default -> {
                log.error("Telegram refused a {} to chat {}; dropping it: {}", entry.message().kind(), entry.chatId(),
                        failure.detail());
                outcome.sent(entry.id());
            }
        }
        return true;
    }

    /**
     * Gives the replies of the last updates a short while to go out before stopping; whatever is still waiting
     * stays in the outbox for the next start.
     */
    @Override
    protected void beforeStopping() {
        // Real time, not the clock the limits use: the grace is for the process, and a clock that stands still
        // (a test's) must not keep it from stopping.
        long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
        while (isRunning() && outbox.size() > 0 && System.nanoTime() - deadline < 0) {
            wakeUp();
            sleep(Duration.ofMillis(50));
        }
    }

    /** Starts before the poller and stops after it, so replies to the last updates can still go out. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
