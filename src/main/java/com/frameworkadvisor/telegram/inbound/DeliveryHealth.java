package com.frameworkadvisor.telegram.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the bot is receiving updates: DOWN when polling (or the webhook's inbox worker) stopped, when another
 * instance took over the polling (409), when the loop has not come round for longer than a long poll could take,
 * or when updates have been waiting for longer than {@link #STALL_LIMIT} without the offset moving. Updates given
 * up on in the last hour are reported as a detail: the bot goes on, but someone should look at them.
 */
final class DeliveryHealth implements HealthIndicator {

    static final Duration STALL_LIMIT = Duration.ofMinutes(1);
    static final Duration DEAD_LETTER_WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final Duration staleAfter;
    private final ToIntFunction<Instant> deadLetteredSince;
    private volatile State state = State.STARTING;
    private volatile String reason = "";
    private volatile Instant lastSuccess;
    private volatile Instant stuckSince;

    /** @param deadLetteredSince how many updates were given up on since a moment (read at each health check) */
    DeliveryHealth(Clock clock, Duration staleAfter, ToIntFunction<Instant> deadLetteredSince) {
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.deadLetteredSince = deadLetteredSince;
    }

    /** After a batch: whether the offset moved past anything. Updates waiting without it moving are a stall. */
    void offsetMoved(boolean moved) {
        if (moved) {
            stuckSince = null;
        } else if (stuckSince == null) {
            stuckSince = clock.instant();
        }
    }

    /** A poll found nothing waiting: whatever was stuck is gone, so nothing is stalled. */
    void nothingWaiting() {
        stuckSince = null;
    }

    /** The receiving loop came round: a poll succeeded, or the inbox worker looked for work. */
    void polled() {
        lastSuccess = clock.instant();
        state = State.RECEIVING;
        reason = "";
    }

    void troubled(State troubled, String why) {
        state = troubled;
        reason = why;
    }

    State state() {
        return state;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state.name());
        if (lastSuccess != null) {
            details.put("lastSuccessfulPoll", lastSuccess.toString());
        }
        if (!reason.isEmpty()) {
            details.put("reason", reason);
        }
        Instant now = clock.instant();
        boolean fresh = lastSuccess != null && Duration.between(lastSuccess, now).compareTo(staleAfter) < 0;
        Instant stuck = stuckSince;
        boolean stalled = stuck != null && Duration.between(stuck, now).compareTo(STALL_LIMIT) >= 0;
        if (stalled) {
            details.put("stalledSince", stuck.toString());
        }
        try {
            details.put("deadLetteredLastHour", deadLetteredSince.applyAsInt(now.minus(DEAD_LETTER_WINDOW)));
        } catch (RuntimeException e) {
            details.put("deadLetteredLastHour", "unknown: " + e.getClass().getSimpleName());
        }
        boolean up = (state == State.RECEIVING || state == State.RETRYING) && fresh && !stalled;
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }

    enum State {
        STARTING,
        RECEIVING,
        /** A transient failure; polling goes on with backoff. */
        RETRYING,
        /** 409: another instance is polling this bot, or a webhook is set. */
        CONFLICT,
        STOPPED
    }
}
