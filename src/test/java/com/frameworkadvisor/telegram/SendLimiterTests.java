package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SendLimiterTests {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void shouldAllowABurstPerChatThenAboutOnePerInterval() {
        SendLimiter limiter = new SendLimiter(clock, 3, Duration.ofSeconds(1), 30);

        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(1)).isFalse();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
    }

    @Test
    void shouldKeepOtherChatsGoingWhileOneIsSaturated() {
        SendLimiter limiter = new SendLimiter(clock, 1, Duration.ofSeconds(1), 30);

        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
        assertThat(limiter.tryAcquire(2)).isTrue();
        assertThat(limiter.tryAcquire(3)).isTrue();
    }

    @Test
    void shouldCapAllChatsTogetherAtTheGlobalRate() {
        SendLimiter limiter = new SendLimiter(clock, 3, Duration.ofSeconds(1), 30);
        int granted = 0;
        for (long chat = 0; chat < 100; chat++) {
            if (limiter.tryAcquire(chat)) {
                granted++;
            }
        }
        assertThat(granted).isEqualTo(30);

        clock.advance(Duration.ofSeconds(1));
        int afterOneSecond = 0;
        for (long chat = 100; chat < 200; chat++) {
            if (limiter.tryAcquire(chat)) {
                afterOneSecond++;
            }
        }
        assertThat(afterOneSecond).isEqualTo(30);
    }
}
