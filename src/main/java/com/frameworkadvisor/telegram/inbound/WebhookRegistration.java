package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.BotApi;
import com.frameworkadvisor.telegram.client.BotApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/** Tells Telegram where to deliver updates, with the secret it must send and the updates the bot handles. */
final class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final BotApi api;

    WebhookRegistration(BotApi api) {
        this.api = api;
    }

    void register(TelegramProperties.Webhook webhook) {
        if (!"https".equals(webhook.url().getScheme())) {
            log.warn("TELEGRAM_WEBHOOK_URL is not https; the real Telegram only delivers to https URLs");
        }
        if (!webhook.url().getPath().endsWith(TelegramProperties.Webhook.PATH)) {
            log.warn("TELEGRAM_WEBHOOK_URL does not end in {}, where this server receives updates; "
                    + "make sure a proxy maps it there", TelegramProperties.Webhook.PATH);
        }
        try {
            api.setWebhook(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret())
                    .allowedUpdates(UpdatePoller.ALLOWED_UPDATES).dropPendingUpdates(false).build());
        } catch (BotApiException e) {
            throw new IllegalStateException("Telegram refused the webhook (setWebhook: " + e.failure().detail() + ")");
        }
        log.info("Webhook registered: Telegram delivers updates to {}", webhook.url());
    }
}
