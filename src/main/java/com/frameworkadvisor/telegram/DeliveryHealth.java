package com.frameworkadvisor.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the bot is receiving updates: DOWN when polling (or the webhook's inbox worker) stopped, when another
 * instance took over the polling (409), or when the loop has not come round for longer than a long poll could take.
 */
final class DeliveryHealth implements HealthIndicator {

    private final Clock clock;
    private final Duration staleAfter;
    private volatile State state = State.STARTING;
    private volatile String reason = "";
    private volatile Instant lastSuccess;

    DeliveryHealth(Clock clock, Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
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
        boolean fresh = lastSuccess != null && Duration.between(lastSuccess, clock.instant()).compareTo(staleAfter) < 0;
        boolean up = state == State.RECEIVING && fresh || state == State.RETRYING && fresh;
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
