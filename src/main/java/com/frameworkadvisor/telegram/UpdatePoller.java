package com.frameworkadvisor.telegram;

import com.frameworkadvisor.session.WriteBarrier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling with a loop of our own on the library's client, because telegrambots-longpolling confirms an
 * update before its handler has run and can stop silently when a handler throws. Here the offset only moves past
 * an update once its effect is stored; each chat's updates are handled in order, different chats in parallel.
 */
final class UpdatePoller extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** Twice the day Telegram keeps an unconfirmed update: older processed-update records are pruned. */
    static final Duration DEDUPLICATION_WINDOW = Duration.ofDays(2);
    static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final BotApi api;
    private final UpdateProcessor processor;
    private final ExecutorService workers;
    private final TelegramProperties.Polling settings;
    private final DeliveryHealth health;
    private final Clock clock;
    private final Runnable cancelInFlight;
    private final java.util.function.Consumer<Instant> pruneProcessedBefore;
    private final WriteBarrier barrier;
    private Instant nextPrune = Instant.MIN;
    private int offset;

    UpdatePoller(BotApi api, UpdateProcessor processor, ExecutorService workers, TelegramProperties.Polling settings,
                 DeliveryHealth health, Clock clock, Runnable cancelInFlight,
                 java.util.function.Consumer<Instant> pruneProcessedBefore, WriteBarrier barrier) {
        super("telegram-poller", Duration.ofSeconds(10));
        this.api = api;
        this.processor = processor;
        this.workers = workers;
        this.settings = settings;
        this.health = health;
        this.clock = clock;
        this.cancelInFlight = cancelInFlight;
        this.pruneProcessedBefore = pruneProcessedBefore;
        this.barrier = barrier;
    }

    @Override
    void loop() {
        int failures = 0;
        boolean conflictReported = false;
        while (isRunning()) {
            Instant started = clock.instant();
            try {
                List<Update> updates = api.call(GetUpdates.builder().offset(offset).limit(settings.limit())
                        .timeout((int) settings.timeout().toSeconds()).allowedUpdates(ALLOWED_UPDATES).build());
                health.polled();
                failures = 0;
                conflictReported = false;
                if (!updates.isEmpty()) {
                    handle(updates);
                }
                pruneNowAndThen();
                pauseIfEarly(started, updates.isEmpty());
            } catch (BotApiException e) {
                if (!isRunning()) {
                    break;
                }
                ApiFailure failure = e.failure();
                switch (failure.kind()) {
                    case CONFLICT -> {
                        if (!conflictReported) {
                            log.error("Telegram answered 409 Conflict: another instance is polling this bot, or a "
                                    + "webhook is set. Polling pauses for {} between attempts. {}",
                                    settings.conflictPause(), failure.detail());
                            conflictReported = true;
                        }
                        health.troubled(DeliveryHealth.State.CONFLICT, failure.detail());
                        sleep(settings.conflictPause());
                    }
                    case UNAUTHORIZED -> {
                        log.error("Telegram rejected the bot token; polling stops. {}", failure.detail());
                        health.troubled(DeliveryHealth.State.STOPPED, "token rejected");
                        halt();
                    }
                    case RATE_LIMITED -> sleep(failure.retryAfter());
                    default -> {
                        failures++;
                        Duration delay = backoff(failures);
                        log.warn("Polling failed ({}); retrying in {}", failure.detail(), delay);
                        health.troubled(DeliveryHealth.State.RETRYING, failure.detail());
                        sleep(delay);
                    }
                }
            } catch (RuntimeException e) {
                failures++;
                log.error("Polling failed unexpectedly; retrying: {}", api.redact(e.toString()));
                sleep(backoff(failures));
            }
        }
        if (health.state() != DeliveryHealth.State.STOPPED) {
            health.troubled(DeliveryHealth.State.STOPPED, "polling stopped");
        }
    }

    /**
     * Handles one batch and moves the offset past every update whose effect is stored, up to the first that
     * could not be stored: that one, and those after it, come again (those already applied are recognised).
     * The batch's effects are made durable before the offset moves, in one write for the whole batch.
     */
    void handle(List<Update> updates) {
        Map<Long, List<Update>> byChat = new LinkedHashMap<>();
        for (Update update : updates) {
            byChat.computeIfAbsent(processor.chatOf(update), chat -> new ArrayList<>()).add(update);
        }
        Map<Integer, Boolean> stored = new java.util.concurrent.ConcurrentHashMap<>();
        List<CompletableFuture<Void>> chats = byChat.values().stream()
                .map(chatUpdates -> CompletableFuture.runAsync(() -> {
                    for (Update update : chatUpdates) {
                        boolean ok = processor.process(update);
                        stored.put(update.getUpdateId(), ok);
                        if (!ok) {
                            break; // keep the chat's order: nothing after a failed update is applied yet
                        }
                    }
                }, workers))
                .toList();
        CompletableFuture.allOf(chats.toArray(CompletableFuture[]::new)).join();
        int next = offset;
        for (Update update : updates.stream().sorted(Comparator.comparing(Update::getUpdateId)).toList()) {
            if (!Boolean.TRUE.equals(stored.get(update.getUpdateId()))) {
                sleep(backoff(1));
                break;
            }
            next = update.getUpdateId() + 1;
        }
        if (next != offset) {
            // Should this fail, the offset stays: the batch comes again and its stored updates are recognised.
            barrier.awaitDurable();
        }
        offset = Math.max(offset, next);
    }

    private void pruneNowAndThen() {
        Instant now = clock.instant();
        if (now.isAfter(nextPrune)) {
            nextPrune = now.plus(PRUNE_EVERY);
            pruneProcessedBefore.accept(now.minus(DEDUPLICATION_WINDOW));
        }
    }

    /** An empty answer that came back early (not a full long poll) must not turn into a busy loop. */
    private void pauseIfEarly(Instant started, boolean empty) {
        Duration took = Duration.between(started, clock.instant());
        if (empty && took.compareTo(settings.minimumInterval()) < 0) {
            sleep(settings.minimumInterval().minus(took));
        }
    }

    static Duration backoff(int failures) {
        Duration delay = Duration.ofMillis(250L << Math.min(failures, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** Stops polling: the waiting long poll is cancelled, updates being handled finish first. */
    @Override
    void wakeToStop() {
        cancelInFlight.run();
        interruptThread();
    }

    @Override
    void afterStopped() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int offset() {
        return offset;
    }
}
