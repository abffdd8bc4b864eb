package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The ceiling for the bot's throughput: the same client (OkHttpTelegramClient on an OkHttpClient built as the bot
 * builds its own) and the same loop shape as the bot's poller (getUpdates, handle the batch, confirm by offset),
 * but the handling is one sendMessage echoing the text, sent at once from the polling thread: no database, no
 * outbox, no rules.
 */
final class EchoBot implements AutoCloseable {

    private static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "my_chat_member");

    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private final Duration pollTimeout;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private int offset;

    private EchoBot(FakeBotApi api, String token, Duration pollTimeout) {
        this.pollTimeout = pollTimeout;
        // As ClientConfiguration.telegramHttpClient builds the bot's client.
        http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(pollTimeout.plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        client = new OkHttpTelegramClient(http, token, new TelegramUrl("http", "127.0.0.1", api.port(), false));
        thread = new Thread(this::run, "echo-bot-poller");
        thread.setDaemon(true);
    }

    static EchoBot start(FakeBotApi api, String token, Duration pollTimeout) {
        EchoBot bot = new EchoBot(api, token, pollTimeout);
        bot.thread.start();
        return bot;
    }

    private void run() {
        while (running) {
            try {
                List<Update> updates = client.execute(GetUpdates.builder().offset(offset).limit(100)
                        .timeout((int) pollTimeout.toSeconds()).allowedUpdates(ALLOWED_UPDATES).build());
                for (Update update : updates) {
                    if (update.hasMessage() && update.getMessage().hasText()) {
                        client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                                .text(update.getMessage().getText()).build());
                    }
                    offset = update.getUpdateId() + 1;
                }
            } catch (TelegramApiException | RuntimeException e) {
                if (running) {
                    failure = e;
                    running = false;
                }
            }
        }
    }

    /** Null while all is well; otherwise why the bot stopped. */
    Throwable failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        http.dispatcher().cancelAll();
        thread.join(Duration.ofSeconds(10).toMillis());
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
