package com.frameworkadvisor;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides the {@link RunMode} once, from the settings as Spring resolves them (so a token given on the command
 * line counts as much as one in the environment), and publishes it. For the terminal chat it also sets defaults:
 * log lines would interleave with the conversation, so they go to ./data/advisor.log and only errors reach the
 * terminal; and there is no web server to run (health and webhooks are for the bot). They are defaults, so any
 * setting given explicitly still wins; with the terminal chat switched off (as in tests) they do not apply.
 */
public final class RunModeEnvironment implements EnvironmentPostProcessor {

    static final String DECIDED = "runMode";
    static final String TERMINAL_DEFAULTS = "runModeTerminalDefaults";
    /** Where the terminal chat's log goes, inside ./data with the database. */
    static final String TERMINAL_LOG = "data/advisor.log";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        RunMode mode = RunMode.of(environment);
        environment.getPropertySources().addFirst(new MapPropertySource(DECIDED,
                Map.of(RunMode.PROPERTY, mode.value())));
        boolean chatInTheTerminal = mode == RunMode.TERMINAL
                && environment.getProperty("advisor.console.enabled", Boolean.class, true);
        if (chatInTheTerminal) {
            environment.getPropertySources().addLast(new MapPropertySource(TERMINAL_DEFAULTS, Map.of(
                    "logging.threshold.console", "ERROR", "logging.file.name", TERMINAL_LOG,
                    "spring.main.web-application-type", "none")));
        }
    }
}
