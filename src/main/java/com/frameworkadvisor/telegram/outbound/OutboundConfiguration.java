package com.frameworkadvisor.telegram.outbound;

import com.frameworkadvisor.telegram.InstanceName;
import com.frameworkadvisor.telegram.TelegramConfiguration;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.BotApi;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox, which the inbound side fills in the update's transaction, and the sender that empties it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.BOT_ENABLED)
class OutboundConfiguration {

    @Bean
    DeliveryRecords deliveryRecords(JdbcClient jdbc, Clock clock) {
        return new DeliveryRecords(jdbc, clock);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, Clock clock, InstanceName instance) {
        return new Outbox(jdbc, clock, instance.value());
    }

    @Bean
    OutboxSender outboxSender(Outbox outbox, DeliveryRecords records, BotApi api, Clock clock,
                              TelegramProperties properties, PlatformTransactionManager transactionManager) {
        TelegramProperties.Sending sending = properties.sending();
        return new OutboxSender(outbox, records, new SenderActions(api), new SendLimiter(clock,
                sending.perChatBurst(), sending.perChatInterval(), sending.perSecond()), clock,
                new TransactionTemplate(transactionManager));
    }
}
