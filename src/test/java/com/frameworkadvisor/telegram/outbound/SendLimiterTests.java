package com.frameworkadvisor.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.telegram.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendLimiterTests {

    /** A clock the test moves by hand. */
    private final ManualClock clock = new ManualClock();

    @Test
    void shouldAllowABurstPerChatThenAboutOnePerInterval() {
        SendLimiter limiter = new SendLimiter(clock, 3, Duration.ofSeconds(1), 1_000_000);

        for (int burst = 0; burst < 3; burst++) {
            assertThat(limiter.tryAcquire(1)).isTrue();
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(limiter.tryAcquire(1)).isFalse();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(1)).isFalse();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(1)).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(1)).isFalse();
    }

    @Test
    void shouldKeepOtherChatsGoingWhileOneIsSaturated() {
        SendLimiter limiter = new SendLimiter(clock, 1, Duration.ofSeconds(1), 1_000_000);

        assertThat(limiter.tryAcquire(1)).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(1)).isFalse();
        assertThat(limiter.tryAcquire(2)).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(3)).isTrue();
    }

    @Test
    void shouldCapAllChatsTogetherAtTheGlobalRateInEveryWindow() {
        SendLimiter limiter = new SendLimiter(clock, 3, Duration.ofSeconds(1), 30);
        int[] grantedPerSecond = new int[3];
        long chat = 0;
        for (int tick = 0; tick < 300; tick++) {
            // Many chats ask every 10 ms; only the global rate may hold them back.
            for (int asks = 0; asks < 5; asks++) {
                if (limiter.tryAcquire(chat++)) {
                    grantedPerSecond[tick / 100]++;
                }
            }
            clock.advance(Duration.ofMillis(10));
        }
        for (int granted : grantedPerSecond) {
            assertThat(granted).isBetween(29, 31);
        }
    }
}
