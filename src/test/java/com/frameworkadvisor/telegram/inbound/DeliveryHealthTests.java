package com.frameworkadvisor.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Health tells the truth: a poller whose offset does not move while updates wait is down after a minute. */
class DeliveryHealthTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private void advance(Duration by) {
        now.set(now.get().plus(by));
    }

    @Test
    void shouldGoDownWhenTheOffsetHasNotMovedForAMinuteWhileUpdatesWait() {
        DeliveryHealth health = new DeliveryHealth(clock, Duration.ofMinutes(5), since -> 2);
        health.polled();
        health.offsetMoved(false);
        advance(DeliveryHealth.STALL_LIMIT.minusSeconds(1));
        health.polled();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        advance(Duration.ofSeconds(1));
        Health stalled = health.health();
        assertThat(stalled.getStatus()).isEqualTo(Status.DOWN);
        assertThat(stalled.getDetails()).containsKey("stalledSince").containsEntry("deadLetteredLastHour", 2);

        health.offsetMoved(true);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        health.offsetMoved(false);
        advance(DeliveryHealth.STALL_LIMIT);
        health.nothingWaiting(); // what was stuck is no longer there to be polled
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void shouldAskForTheDeadLettersOfTheLastHour() {
        AtomicReference<Instant> asked = new AtomicReference<>();
        DeliveryHealth health = new DeliveryHealth(clock, Duration.ofMinutes(5), since -> {
            asked.set(since);
            return 0;
        });
        health.polled();

        assertThat(health.health().getDetails()).containsEntry("deadLetteredLastHour", 0);
        assertThat(asked.get()).isEqualTo(now.get().minus(DeliveryHealth.DEAD_LETTER_WINDOW));
    }
}
