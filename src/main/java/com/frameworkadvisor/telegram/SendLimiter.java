package com.frameworkadvisor.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's sending limits as token buckets: per chat a short burst, then about one message per interval; in
 * all, a fixed number per second. The sender asks before each message and moves on to other chats when one is
 * saturated, so a busy chat never starves the others.
 */
final class SendLimiter {

    private final Clock clock;
    private final Bucket global;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private final int perChatBurst;
    private final Duration perChatInterval;

    SendLimiter(Clock clock, int perChatBurst, Duration perChatInterval, int perSecond) {
        this.clock = clock;
        this.perChatBurst = perChatBurst;
        this.perChatInterval = perChatInterval;
        this.global = new Bucket(perSecond, Duration.ofSeconds(1).dividedBy(perSecond), clock.instant());
    }

    /** Takes a sending slot for the chat if both its bucket and the global one have one. */
    synchronized boolean tryAcquire(long chatId) {
        Instant now = clock.instant();
        Bucket chat = chats.computeIfAbsent(chatId, id -> new Bucket(perChatBurst, perChatInterval, now));
        chat.refill(now);
        global.refill(now);
        if (chat.tokens < 1 || global.tokens < 1) {
            return false;
        }
        chat.tokens--;
        global.tokens--;
        forgetIdleChats(now);
        return true;
    }

    /** A chat whose bucket is full again needs no memory; dropping it keeps the map small with many chats. */
    private void forgetIdleChats(Instant now) {
        if (chats.size() > 10_000) {
            chats.values().forEach(bucket -> bucket.refill(now));
            chats.values().removeIf(bucket -> bucket.tokens >= bucket.capacity);
        }
    }

    private static final class Bucket {
        private final int capacity;
        private final Duration refillEvery;
        private double tokens;
        private Instant last;

        Bucket(int capacity, Duration refillEvery, Instant now) {
            this.capacity = capacity;
            this.refillEvery = refillEvery;
            this.tokens = capacity;
            this.last = now;
        }

        void refill(Instant now) {
            double earned = (double) Duration.between(last, now).toNanos() / refillEvery.toNanos();
            if (earned > 0) {
                tokens = Math.min(capacity, tokens + earned);
                last = now;
            }
        }
    }
}
