package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30));

    @Test
    void shouldDoubleTheWaitWithEachFailureUpToItsCap() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }
}
