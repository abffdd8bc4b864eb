package com.frameworkadvisor.telegram;

import com.frameworkadvisor.session.WriteBarrier;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Long polling, the default: one instance asks Telegram for updates. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.BOT_ENABLED + " and !(" + TelegramConfiguration.WEBHOOK_ENABLED + ")")
class PollingConfiguration {

    @Bean
    UpdatePoller updatePoller(BotApi api, UpdateProcessor processor, DeliveryHealth health, Clock clock,
                              OkHttpClient http, TelegramProperties properties, WriteBarrier barrier) {
        return new UpdatePoller(api, processor, TelegramConfiguration.workers("telegram-worker"), properties.polling(),
                health, clock, () -> http.dispatcher().cancelAll(), barrier);
    }
}
