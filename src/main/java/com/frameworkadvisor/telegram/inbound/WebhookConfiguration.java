package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.telegram.InstanceName;
import com.frameworkadvisor.telegram.TelegramConfiguration;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.BotApi;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook mode: Telegram posts updates to {@code /telegram/webhook}; any number of instances may share one
 * database, each taking chats by lease from the common inbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.WEBHOOK)
class WebhookConfiguration {

    /** What Telegram accepts as a secret_token. */
    static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    static final Duration CHAT_LEASE = Duration.ofSeconds(30);

    @Bean
    Inbox inbox(JdbcClient jdbc, Clock clock) {
        return new Inbox(jdbc, clock);
    }

    @Bean
    InboxWorker inboxWorker(Inbox inbox, JdbcClient jdbc, Clock clock, InstanceName instance,
                            UpdateProcessor processor, DeliveryHealth health) {
        return new InboxWorker(inbox, new ChatLeases(jdbc, clock, instance.value(), CHAT_LEASE), processor,
                InboundConfiguration.workers("telegram-inbox-worker"), health);
    }

    /** Validates the settings and registers the webhook at start-up: a bad secret stops the start. */
    @Bean
    WebhookRegistration webhookRegistration(TelegramProperties properties, BotApi api) {
        validate(properties.webhook());
        WebhookRegistration registration = new WebhookRegistration(api);
        registration.register(properties.webhook());
        return registration;
    }

    /** Refuses to start with a secret Telegram would reject, or none at all: the endpoint must be authenticated. */
    static void validate(TelegramProperties.Webhook webhook) {
        if (webhook.secret() == null || !SECRET.matcher(webhook.secret()).matches()) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, "
                    + "_ and - when TELEGRAM_WEBHOOK_URL is set");
        }
        if (!webhook.url().isAbsolute()) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_URL must be an absolute URL, such as "
                    + "https://bot.example.com" + TelegramProperties.Webhook.PATH);
        }
    }
}
