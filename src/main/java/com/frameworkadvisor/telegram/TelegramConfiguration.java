package com.frameworkadvisor.telegram;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Texts;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

/** The Telegram bot, when a token is configured: the client, start-up checks, polling and sending. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnExpression("!'${telegram.bot.token:}'.isBlank()")
class TelegramConfiguration {

    static final int WORKERS = 4;

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
    BotApi botApi(OkHttpClient http, TelegramProperties properties) {
        var url = properties.api().url();
        int port = url.getPort() > 0 ? url.getPort() : ("http".equals(url.getScheme()) ? 80 : 443);
        TelegramUrl telegramUrl = new TelegramUrl(url.getScheme(), url.getHost(), port, false);
        return new BotApi(new OkHttpTelegramClient(http, properties.bot().token(), telegramUrl),
                properties.bot().token());
    }

    @Bean
    BotIdentity botIdentity(BotApi api, TelegramProperties properties, BotCommandMenu commands) {
        BotStartup startup = new BotStartup(api, properties.api().url());
        BotIdentity identity = startup.identify();
        startup.registerCommands(commands.menu());
        return identity;
    }

    @Bean
    BotCommandMenu botCommandMenu(Texts texts) {
        return new BotCommandMenu(texts);
    }

    @Bean
    DeliveryRecords deliveryRecords(JdbcClient jdbc, Clock clock) {
        return new DeliveryRecords(jdbc, clock);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, Clock clock) {
        return new Outbox(jdbc, clock);
    }

    @Bean
    OutboxSender outboxSender(Outbox outbox, DeliveryRecords records, BotApi api, Clock clock,
                              TelegramProperties properties) {
        TelegramProperties.Sending sending = properties.sending();
        return new OutboxSender(outbox, records, api, new SendLimiter(clock, sending.perChatBurst(),
                sending.perChatInterval(), sending.perSecond()), clock, sending.maxAttempts());
    }

    @Bean
    PollingHealth telegram(Clock clock, TelegramProperties properties) {
        return new PollingHealth(clock, properties.polling().timeout().multipliedBy(2).plusSeconds(30));
    }

    @Bean
    UpdatePoller updatePoller(BotApi api, BotIdentity identity, PlatformTransactionManager transactionManager,
                              DeliveryRecords records, Outbox outbox, ConversationService conversations, Texts texts,
                              OutboxSender sender, PollingHealth health, Clock clock, OkHttpClient http,
                              TelegramProperties properties) {
        UpdateProcessor processor = new UpdateProcessor(new TransactionTemplate(transactionManager), records, outbox,
                conversations, new UpdateTranslator(identity), texts, sender::wakeUp);
        return new UpdatePoller(api, processor, workers(), properties.polling(), health, clock,
                () -> http.dispatcher().cancelAll(), records::forgetProcessedBefore);
    }

    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "telegram-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
