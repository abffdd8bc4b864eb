package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.telegram.BackgroundLoop;
import com.frameworkadvisor.telegram.client.ReceivedUpdate;
import com.frameworkadvisor.telegram.client.UpdateReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through the webhook's inbox: for each chat with updates waiting it takes the chat's lease, so no other
 * instance touches that chat meanwhile, and processes its updates in order; each is removed from the inbox only
 * once its effect is stored. Different chats are handled in parallel.
 */
final class InboxWorker extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    static final Duration IDLE_WAIT = Duration.ofMillis(500);
    static final int CHATS_PER_ROUND = 64;

    private final Inbox inbox;
    private final ChatLeases leases;
    private final UpdateHandler processor;
    private final ExecutorService workers;
    private final DeliveryHealth health;
    private final UpdateReader reader = new UpdateReader();

    InboxWorker(Inbox inbox, ChatLeases leases, UpdateHandler processor, ExecutorService workers,
                DeliveryHealth health) {
        super("telegram-inbox", Duration.ofSeconds(10));
        this.inbox = inbox;
        this.leases = leases;
        this.processor = processor;
        this.workers = workers;
        this.health = health;
    }


    @Override
    protected void loop() {
        while (isRunning()) {
            try {
                health.polled();
                List<Long> chats = inbox.chatsWaiting(CHATS_PER_ROUND);
                if (chats.isEmpty()) {
                    waitForWork(IDLE_WAIT);
                    continue;
                }
                List<CompletableFuture<Boolean>> rounds = chats.stream()
                        .map(chat -> CompletableFuture.supplyAsync(() -> handleChat(chat), workers)).toList();
                CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).join();
                if (rounds.stream().anyMatch(round -> !round.join())) {
                    sleep(IDLE_WAIT); // something must come round again: give it a moment rather than spin
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Working through the inbox failed; retrying shortly: {}", e.toString());
                sleep(IDLE_WAIT);
            }
        }
    }

    /** @return false when an update of the chat must come round again */
    private boolean handleChat(long chatId) {
        if (!leases.acquire(chatId)) {
            return true; // another instance is on it
        }
        try {
            for (Inbox.Waiting waiting : inbox.forChat(chatId)) {
                // The webhook stored only what has an update id, so this always finds one; what the library
                // cannot read fails in process() and is given up on after its attempts, like any other failure.
                ReceivedUpdate update = reader.read(waiting.payload()).orElseGet(() -> new ReceivedUpdate(
                        waiting.updateId(), ReceivedUpdate.UNKNOWN_KIND, chatId, waiting.payload(), null,
                        "no update_id"));
                if (!processor.process(update)) {
                    return false; // it stays in the inbox and comes round again, with the rest after it
                }
                inbox.remove(waiting.updateId());
            }
            return true;
        } finally {
            leases.release(chatId);
        }
    }

    /** Once the chats being worked on are done; what is still in the inbox waits for any instance. */
    @Override
    protected void afterStopped() {
        workers.shutdown();
        health.troubled(DeliveryHealth.State.STOPPED, "inbox worker stopped");
    }
}
