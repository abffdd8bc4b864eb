package com.frameworkadvisor.telegram.outbound;

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
public final class SendLimiter {

    /** How many messages beyond the even rate the global limit lets through at once. */
    public static final int GLOBAL_BURST = 2;

    private final Clock clock;
    private final Bucket global;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private final int perChatBurst;
    private final Duration perChatInterval;

    SendLimiter(Clock clock, int perChatBurst, Duration perChatInterval, int perSecond) {
        this.clock = clock;
        this.perChatBurst = perChatBurst;
        this.perChatInterval = perChatInterval;
        // The global bucket tolerates a burst of just two: a full second's worth would let a burst and a second's
        // refill through in the same second, up to twice the limit. Even spacing keeps every one-second window
        // within the limit plus one, and the one extra keeps the rate whole when the sender asks a little late.
        this.global = new Bucket(GLOBAL_BURST, Duration.ofSeconds(1).dividedBy(perSecond), clock.instant());
    }

    /** Takes a sending slot for the chat if both its bucket and the global one have one. */
    synchronized boolean tryAcquire(long chatId) {
        Instant now = clock.instant();
        Bucket chat = chats.computeIfAbsent(chatId, id -> new Bucket(perChatBurst, perChatInterval, now));
        if (!chat.allows(now) || !global.allows(now)) {
            return false;
        }
        chat.take(now);
        global.take(now);
        forgetIdleChats(now);
        return true;
    }

    /** A chat whose bucket is full again needs no memory; dropping those keeps the map small with many chats. */
    private void forgetIdleChats(Instant now) {
        if (chats.size() > 10_000) {
            chats.values().removeIf(bucket -> bucket.isFull(now));
        }
    }

    /**
     * A token bucket in the form of the generic cell rate algorithm: it keeps the theoretical time at which the
     * bucket would be empty again, so no fraction of the rate is lost however often it is asked.
     */
    private static final class Bucket {
        private final Duration interval;
        private final Duration burstAllowance;
        private Instant emptyAt;

        Bucket(int capacity, Duration interval, Instant now) {
            this.interval = interval;
            this.burstAllowance = interval.multipliedBy(capacity - 1L);
            this.emptyAt = now;
        }

        boolean allows(Instant now) {
            return !now.isBefore(emptyAt.minus(burstAllowance));
        }

        void take(Instant now) {
            emptyAt = (emptyAt.isAfter(now) ? emptyAt : now).plus(interval);
        }

        boolean isFull(Instant now) {
            return !emptyAt.isAfter(now);
        }
    }
}
