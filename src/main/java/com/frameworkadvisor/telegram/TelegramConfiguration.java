package com.frameworkadvisor.telegram;

import com.frameworkadvisor.RunMode;
import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Texts;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram bot, when a token is configured: the client, start-up checks, update processing and sending.
 * How updates arrive (long polling, or a webhook) is configured in {@link PollingConfiguration} and
 * {@link WebhookConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnExpression(TelegramConfiguration.BOT_ENABLED)
class TelegramConfiguration {

    static final String BOT_ENABLED = RunMode.IS_TELEGRAM;
    static final String WEBHOOK_ENABLED = "!'${telegram.webhook.url:}'.isBlank()";
    static final int WORKERS = 4;
    static final String POLLING_INSTANCE = "polling";

    /** Read timeout above the long-poll timeout, so a quiet long poll is not mistaken for a dead connection. */
    @Bean
    OkHttpClient telegramHttpClient(TelegramProperties properties) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(properties.polling().timeout().plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    BotApi botApi(OkHttpClient http, TelegramProperties properties, MeterRegistry meters) {
        var url = properties.api().url();
        int port = url.getPort() > 0 ? url.getPort() : ("http".equals(url.getScheme()) ? 80 : 443);
        TelegramUrl telegramUrl = new TelegramUrl(url.getScheme(), url.getHost(), port, false);
        return new BotApi(new OkHttpTelegramClient(http, properties.bot().token(), telegramUrl),
                properties.bot().token(), meters);
    }

    @Bean
    BotIdentity botIdentity(BotApi api, TelegramProperties properties, Texts texts) {
        BotStartup startup = new BotStartup(api, properties.api().url());
        BotIdentity identity = startup.identify();
        startup.registerCommands(new BotCommandMenu(texts).menu());
        return identity;
    }

    /**
     * This instance's name in leases. Polling allows one instance per bot (Telegram answers a second one with 409),
     * so it has one fixed name: a bot restarted after a crash takes up its own leases at once instead of waiting
     * for them to expire. Webhook instances may be many, even on one host, so each has a name of its own.
     */
    @Bean
    InstanceName instanceName(TelegramProperties properties) {
        if (!properties.webhook().enabled()) {
            return new InstanceName(POLLING_INSTANCE);
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "instance";
        }
        return new InstanceName(host + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

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
        return new OutboxSender(outbox, records, api, new SendLimiter(clock, sending.perChatBurst(),
                sending.perChatInterval(), sending.perSecond()), clock, new TransactionTemplate(transactionManager));
    }

    @Bean
    DeadLetters deadLetters(JdbcClient jdbc, Clock clock) {
        return new DeadLetters(jdbc, clock);
    }

    @Bean
    RecordPruner recordPruner(DeliveryRecords records, DeadLetters deadLetters, TelegramProperties properties,
                              Clock clock) {
        return new RecordPruner(records, deadLetters, properties.deadLetters().retention(), clock);
    }

    @Bean
    DeliveryHealth telegram(Clock clock, TelegramProperties properties, DeadLetters deadLetters) {
        return new DeliveryHealth(clock, properties.polling().timeout().multipliedBy(2).plusSeconds(30),
                deadLetters::countSince);
    }

    @Bean
    UpdateProcessor updateProcessor(BotIdentity identity, PlatformTransactionManager transactionManager,
                                    DeliveryRecords records, Outbox outbox, ConversationService conversations,
                                    Texts texts, OutboxSender sender, MeterRegistry meters, DeadLetters deadLetters,
                                    TelegramProperties properties, Clock clock) {
        return new UpdateProcessor(new TransactionTemplate(transactionManager), records, outbox, conversations,
                new UpdateTranslator(identity), texts, sender::wakeUp, meters, deadLetters, new FailedAttempts(clock),
                properties.deadLetters().maxAttempts());
    }

    static ExecutorService workers(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The name this instance goes by in leases. */
    record InstanceName(String value) {
    }
}
