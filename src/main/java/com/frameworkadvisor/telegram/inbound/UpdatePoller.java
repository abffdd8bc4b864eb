package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.session.WriteBarrier;
import com.frameworkadvisor.telegram.BackgroundLoop;
import com.frameworkadvisor.telegram.Backoff;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.ApiFailure;
import com.frameworkadvisor.telegram.client.BotApi;
import com.frameworkadvisor.telegram.client.BotApiException;
import com.frameworkadvisor.telegram.client.ReceivedUpdate;
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
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;

/**
 * Long polling with a loop of our own on the library's client, because telegrambots-longpolling confirms an
 * update before its handler has run and can stop silently when a handler throws. Here the offset only moves past
 * an update once its effect is stored; each chat's updates are handled in order, different chats in parallel.
 */
final class UpdatePoller extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");
    static final Backoff BACKOFF = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30));

    private final BotApi api;
    private final UpdateHandler processor;
    private final ExecutorService workers;
    private final TelegramProperties.Polling settings;
    private final DeliveryHealth health;
    private final Clock clock;
    private final WriteBarrier barrier;
    private long offset;

    UpdatePoller(BotApi api, UpdateHandler processor, ExecutorService workers, TelegramProperties.Polling settings,
                 DeliveryHealth health, Clock clock, WriteBarrier barrier) {
        super("telegram-poller", Duration.ofSeconds(10));
        this.api = api;
        this.processor = processor;
        this.workers = workers;
        this.settings = settings;
        this.health = health;
        this.clock = clock;
        this.barrier = barrier;
    }

    @Override
    protected void loop() {
        removeWebhook();
        int failures = 0;
        boolean conflictReported = false;
        while (isRunning()) {
            Instant started = clock.instant();
            try {
                List<ReceivedUpdate> updates = api.getUpdates(offset, settings.limit(), settings.timeout(),
                        ALLOWED_UPDATES);
                health.polled();
                failures = 0;
                conflictReported = false;
                if (!updates.isEmpty()) {
                    handle(updates);
                } else {
                    health.nothingWaiting();
                }
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
                        Duration delay = BACKOFF.after(failures);
                        log.warn("Polling failed ({}); retrying in {}", failure.detail(), delay);
                        health.troubled(DeliveryHealth.State.RETRYING, failure.detail());
                        sleep(delay);
                    }
                }
            } catch (RuntimeException e) {
                failures++;
                log.error("Polling failed unexpectedly; retrying: {}", api.redact(e.toString()));
                sleep(BACKOFF.after(failures));
            }
        }
        if (health.state() != DeliveryHealth.State.STOPPED) {
            health.troubled(DeliveryHealth.State.STOPPED, "polling stopped");
        }
    }

    /**
     * A webhook left from an earlier run in webhook mode would make every getUpdates fail with 409; polling is
     * what this run was configured for, so the webhook goes. Its pending updates stay and are polled.
     */
    private void removeWebhook() {
        try {
            api.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
        } catch (BotApiException e) {
            log.warn("Could not remove a webhook before polling ({}); a 409 will say so if one is set",
                    e.failure().detail());
        }
    }

    /**
     * Handles one batch and moves the offset past every update that may be confirmed (stored, or given up on as a
     * dead letter), up to the first that must come again: that one, and those after it, come again (those already
     * applied are recognised). Each update is handled on its own, so one that fails never stops another chat's.
     * The batch's effects are made durable before the offset moves, in one write for the whole batch.
     */
    void handle(List<ReceivedUpdate> updates) {
        // Updates of one chat in order; an update without a chat is on its own, so it holds up nothing else.
        Map<Object, List<ReceivedUpdate>> byChat = new LinkedHashMap<>();
        for (ReceivedUpdate update : updates) {
            long chat = update.chatId();
            Object key = chat != 0 ? chat : "update " + update.updateId();
            byChat.computeIfAbsent(key, k -> new ArrayList<>()).add(update);
        }
        Map<Long, Boolean> confirmable = new java.util.concurrent.ConcurrentHashMap<>();
        List<CompletableFuture<Void>> chats = byChat.values().stream()
                .map(chatUpdates -> CompletableFuture.runAsync(() -> {
                    for (ReceivedUpdate update : chatUpdates) {
                        boolean ok = processor.process(update);
                        confirmable.put(update.updateId(), ok);
                        if (!ok) {
                            break; // keep the chat's order: nothing after a failed update is applied yet
                        }
                    }
                }, workers))
                .toList();
        CompletableFuture.allOf(chats.toArray(CompletableFuture[]::new)).join();
        long next = offset;
        for (ReceivedUpdate update : updates.stream().sorted(Comparator.comparingLong(ReceivedUpdate::updateId))
                .toList()) {
            if (!Boolean.TRUE.equals(confirmable.get(update.updateId()))) {
                break;
            }
            next = update.updateId() + 1;
        }
        if (next != offset) {
            // Should this fail, the offset stays: the batch comes again and its stored updates are recognised.
            barrier.awaitDurable();
        }
        boolean moved = next > offset;
        offset = Math.max(offset, next);
        health.offsetMoved(moved);
        if (!moved || next <= updates.stream().mapToLong(ReceivedUpdate::updateId).max().orElse(next)) {
            sleep(BACKOFF.after(1)); // something must come again: give it a moment rather than spin
        }
    }

    /** An empty answer that came back early (not a full long poll) must not turn into a busy loop. */
    private void pauseIfEarly(Instant started, boolean empty) {
        Duration took = Duration.between(started, clock.instant());
        if (empty && took.compareTo(settings.minimumInterval()) < 0) {
            sleep(settings.minimumInterval().minus(took));
        }
    }

    /** Stops polling: the waiting long poll is cancelled, updates being handled finish first. */
    @Override
    protected void wakeToStop() {
        api.cancelCallsUnderWay();
        interruptThread();
    }

    @Override
    protected void afterStopped() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
