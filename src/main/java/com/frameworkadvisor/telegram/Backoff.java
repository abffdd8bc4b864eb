package com.frameworkadvisor.telegram;

import java.time.Duration;

/**
 * How long to wait after failures in a row: a base wait doubled for each failure counted, up to a cap. The poller
 * and the outbox sender each have their own base and cap, and this one way of growing them.
 *
 * @param base the wait for a count of zero
 * @param max  the longest wait
 */
public record Backoff(Duration base, Duration max) {

    /** Beyond this many doublings the wait is at its cap anyway; it also keeps the shift from overflowing. */
    private static final int MOST_DOUBLINGS = 10;

    public Duration after(int failures) {
        Duration delay = base.multipliedBy(1L << Math.min(Math.max(failures, 0), MOST_DOUBLINGS));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
