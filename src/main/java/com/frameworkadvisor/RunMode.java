package com.frameworkadvisor;

import java.util.Locale;
import org.springframework.core.env.PropertyResolver;

/**
 * How the program runs: as a Telegram bot when a token is configured, however it is given (TELEGRAM_BOT_TOKEN,
 * {@code --telegram.bot.token=...}, a properties file), else as a chat in the terminal. Decided once, by
 * {@link RunModeEnvironment}, and published as {@value #PROPERTY} for every part that depends on it.
 */
public enum RunMode {
    TELEGRAM,
    TERMINAL;

    /** The property the decision is published as: {@code telegram} or {@code terminal}. */
    public static final String PROPERTY = "advisor.run-mode";
    /** For conditions: true when the program runs as a Telegram bot. */
    public static final String IS_TELEGRAM = "'${" + PROPERTY + ":}' == 'telegram'";
    /** For conditions: true when the program runs as a chat in the terminal. */
    public static final String IS_TERMINAL = "'${" + PROPERTY + ":}' == 'terminal'";

    static RunMode of(PropertyResolver settings) {
        return settings.getProperty("telegram.bot.token", "").isBlank() ? TERMINAL : TELEGRAM;
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
