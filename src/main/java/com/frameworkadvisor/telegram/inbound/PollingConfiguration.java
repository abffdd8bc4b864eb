package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.session.WriteBarrier;
import com.frameworkadvisor.telegram.TelegramConfiguration;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.BotApi;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Long polling, the default: one instance asks Telegram for updates. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.POLLING)
class PollingConfiguration {

    @Bean
    UpdatePoller updatePoller(BotApi api, UpdateProcessor processor, DeliveryHealth health, Clock clock,
                              TelegramProperties properties, WriteBarrier barrier) {
        return new UpdatePoller(api, processor, InboundConfiguration.workers("telegram-worker"), properties.polling(),
                health, clock, barrier);
    }
}
