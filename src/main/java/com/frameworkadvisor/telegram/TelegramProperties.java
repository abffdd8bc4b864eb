package com.frameworkadvisor.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Telegram settings, from the environment: {@code TELEGRAM_BOT_TOKEN} (the bot runs only when it is set) and
 * {@code TELEGRAM_API_URL} (a self-hosted Bot API server, or a fake one in tests).
 */
@ConfigurationProperties(prefix = "telegram")
public record TelegramProperties(
        @DefaultValue Bot bot,
        @DefaultValue Api api,
        @DefaultValue Polling polling,
        @DefaultValue Sending sending,
        @DefaultValue Webhook webhook,
        @DefaultValue DeadLetters deadLetters) {

    /**
     * Webhook mode, chosen by setting {@code TELEGRAM_WEBHOOK_URL}: Telegram then posts updates to that public URL
     * (which must reach this server's {@code /telegram/webhook}), authenticated by {@code TELEGRAM_WEBHOOK_SECRET}.
     *
     * @param maxBody the largest update body accepted; Telegram's updates are far smaller
     */
    public record Webhook(URI url, String secret, @DefaultValue("1MB") DataSize maxBody) {

        /** Where this server takes the updates Telegram posts. */
        public static final String PATH = "/telegram/webhook";

        public boolean enabled() {
            return url != null && !url.toString().isBlank();
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=<redacted>, maxBody=" + maxBody + "]";
        }
    }

    /** @param token the bot token; a secret, never logged */
    public record Bot(String token) {

        @Override
        public String toString() {
            return "Bot[token=<redacted>]";
        }
    }

    public record Api(@DefaultValue("https://api.telegram.org") URI url) {
    }

    /**
     * @param timeout how long one getUpdates call may wait for updates (long polling)
     * @param limit   how many updates one call may return
     * @param minimumInterval the least time between two calls, so an early empty answer never causes a busy loop
     * @param conflictPause how long to wait after a 409 (another instance is polling) before trying again
     */
    public record Polling(@DefaultValue("25s") Duration timeout, @DefaultValue("100") int limit,
                          @DefaultValue("250ms") Duration minimumInterval, @DefaultValue("30s") Duration conflictPause) {
    }

    /**
     * Updates that fail for a reason that is not transient (they cannot be read, a field is missing, a bug).
     *
     * @param maxAttempts how often such an update is tried before it is given up on, recorded and confirmed
     * @param retention   how long the records of updates given up on are kept
     */
    public record DeadLetters(@DefaultValue("3") int maxAttempts, @DefaultValue("7d") Duration retention) {
    }

    /**
     * Telegram's limits: about one message per second in a chat (short bursts are tolerated) and about thirty
     * per second in all. A reply that fails for a transient reason is retried until it is sent: there is no limit
     * to give up at.
     */
    public record Sending(@DefaultValue("3") int perChatBurst, @DefaultValue("1s") Duration perChatInterval,
                          @DefaultValue("30") int perSecond) {
    }
}
