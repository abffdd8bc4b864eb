package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** One run mode, decided from the settings however they are given, with the terminal chat's defaults. */
class RunModeTests {

    private static StandardEnvironment decided(Map<String, Object> commandLine, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables", variables));
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", commandLine));
        new RunModeEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void shouldRunAsABotWhenTheTokenIsGivenOnTheCommandLine() {
        StandardEnvironment environment = decided(Map.of("telegram.bot.token", "123:abc"), Map.of());

        assertThat(environment.getProperty(RunMode.PROPERTY)).isEqualTo("telegram");
        assertThat(environment.getProperty("spring.main.web-application-type")).as("webhooks need the web server")
                .isNull();
        assertThat(environment.getProperty("logging.file.name")).isNull();
    }

    @Test
    void shouldRunAsABotWhenTheTokenIsInTheEnvironment() {
        assertThat(decided(Map.of(), Map.of("TELEGRAM_BOT_TOKEN", "123:abc")).getProperty(RunMode.PROPERTY))
                .isEqualTo("telegram");
    }

    @Test
    void shouldKeepTheTerminalFreeOfLogLinesInTheTerminalChat() {
        StandardEnvironment environment = decided(Map.of(), Map.of("TELEGRAM_BOT_TOKEN", "  "));

        assertThat(environment.getProperty(RunMode.PROPERTY)).isEqualTo("terminal");
        assertThat(environment.getProperty("logging.threshold.console")).isEqualTo("ERROR");
        assertThat(environment.getProperty("logging.file.name")).isEqualTo("data/advisor.log");
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void shouldLetExplicitSettingsWinOverTheTerminalDefaults() {
        StandardEnvironment environment = decided(Map.of("logging.file.name", "elsewhere.log"), Map.of());

        assertThat(environment.getProperty("logging.file.name")).isEqualTo("elsewhere.log");
    }

    @Test
    void shouldNotApplyTheTerminalDefaultsWithTheTerminalChatSwitchedOff() {
        StandardEnvironment environment = decided(Map.of("advisor.console.enabled", "false"), Map.of());

        assertThat(environment.getProperty(RunMode.PROPERTY)).isEqualTo("terminal");
        assertThat(environment.getProperty("logging.file.name")).isNull();
    }
}
