package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunModeTests {

    @Test
    void shouldKeepTheTerminalFreeOfLogLinesInTheTerminalChat() {
        assertThat(FrameworkAdvisorApplication.defaults(Map.of()))
                .containsEntry("logging.threshold.console", "ERROR")
                .containsEntry("logging.file.name", "data/advisor.log");
        assertThat(FrameworkAdvisorApplication.defaults(Map.of("TELEGRAM_BOT_TOKEN", "  "))).isNotEmpty();
    }

    @Test
    void shouldLogAsUsualWhenRunningAsABot() {
        assertThat(FrameworkAdvisorApplication.defaults(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"))).isEmpty();
    }
}
