package com.frameworkadvisor.telegram;

import com.frameworkadvisor.RunMode;
import java.net.InetAddress;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram bot, when a token is configured: a one-way pipeline of three parts, each configuring itself.
 * {@code client} is the one door to the Bot API; {@code inbound} receives updates (long polling or a webhook),
 * applies each once and stores the replies; {@code outbound} sends what was stored. This root holds what they
 * share: the settings, the conditions and the instance's name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnExpression(TelegramConfiguration.BOT_ENABLED)
public class TelegramConfiguration {

    public static final String BOT_ENABLED = RunMode.IS_TELEGRAM;
    public static final String WEBHOOK_ENABLED = "!'${telegram.webhook.url:}'.isBlank()";
    public static final String POLLING = BOT_ENABLED + " and !(" + WEBHOOK_ENABLED + ")";
    public static final String WEBHOOK = BOT_ENABLED + " and " + WEBHOOK_ENABLED;

    /**
     * This instance's name in leases. Polling allows one instance per bot (Telegram answers a second one with 409),
     * so it has one fixed name: a bot restarted after a crash takes up its own leases at once instead of waiting
     * for them to expire. Webhook instances may be many, even on one host, so each has a name of its own.
     */
    @Bean
    InstanceName instanceName(TelegramProperties properties) {
        if (!properties.webhook().enabled()) {
            return new InstanceName(InstanceName.POLLING);
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "instance";
        }
        return new InstanceName(host + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
