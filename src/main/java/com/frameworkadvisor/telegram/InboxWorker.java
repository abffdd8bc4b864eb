package com.frameworkadvisor.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

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
    private final UpdateProcessor processor;
    private final ExecutorService workers;
    private final DeliveryHealth health;
    private final ObjectMapper telegramJson = new ObjectMapper();

    InboxWorker(Inbox inbox, ChatLeases leases, UpdateProcessor processor, ExecutorService workers,
                DeliveryHealth health) {
        super("telegram-inbox", Duration.ofSeconds(10));
        this.inbox = inbox;
        this.leases = leases;
        this.processor = processor;
        this.workers = workers;
        this.health = health;
    }


    @Override
    void loop() {
        while (isRunning()) {
            try {
                health.polled();
                List<Long> chats = inbox.chatsWaiting(CHATS_PER_ROUND);
                if (chats.isEmpty()) {
                    waitForWork(IDLE_WAIT);
                    continue;
                }
                CompletableFuture.allOf(chats.stream()
                        .map(chat -> CompletableFuture.runAsync(() -> handleChat(chat), workers))
                        .toArray(CompletableFuture[]::new)).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Working through the inbox failed; retrying shortly: {}", e.toString());
                sleep(IDLE_WAIT);
            }
        }
    }

    private void handleChat(long chatId) {
        if (!leases.acquire(chatId)) {
            return; // another instance is on it
        }
        try {
            for (Inbox.Waiting waiting : inbox.forChat(chatId)) {
                Update update = parse(waiting);
                if (update != null && !processor.process(update)) {
                    return; // not stored: it stays in the inbox and comes round again, with the rest after it
                }
                inbox.remove(waiting.updateId());
            }
        } finally {
            leases.release(chatId);
        }
    }

    private Update parse(Inbox.Waiting waiting) {
        try {
            return telegramJson.readValue(waiting.payload(), Update.class);
        } catch (Exception e) {
            // The webhook only stores what parsed as an update, so this is a payload no version of us can read.
            log.error("Update {} in the inbox cannot be read and is dropped: {}", waiting.updateId(), e.toString());
            return null;
        }
    }

    /** Once the chats being worked on are done; what is still in the inbox waits for any instance. */
    @Override
    void afterStopped() {
        workers.shutdown();
        health.troubled(DeliveryHealth.State.STOPPED, "inbox worker stopped");
    }
}
