package com.frameworkadvisor.telegram.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often each update has failed for a reason that is not transient, so it can be given up on after a few
 * attempts. Kept in memory: a restart starts the count again, which costs at most a few more attempts. Only
 * failing updates are in here, and each leaves once it succeeds or is given up on.
 */
final class FailedAttempts {

    private final Map<Long, Attempts> failing = new ConcurrentHashMap<>();
    private final Clock clock;

    FailedAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Counts one more failure of the update and returns its attempts so far. */
    Attempts failed(long updateId) {
        return failing.merge(updateId, new Attempts(1, clock.instant()),
                (before, one) -> new Attempts(before.count() + 1, before.firstSeen()));
    }

    void forget(long updateId) {
        failing.remove(updateId);
    }

    record Attempts(int count, Instant firstSeen) {
    }
}
