package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.session.TestPostgres;
import com.frameworkadvisor.telegram.fake.ChatMessage;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances in webhook mode on one real PostgreSQL. Updates for many chats are delivered to
 * either instance, some twice (as Telegram does after a lost acknowledgement); every chat must end up exactly as
 * one instance alone would have left it: no answer lost, no reply doubled, each chat in order.
 */
class SeveralInstancesTests {

    static final List<String> SCRIPT = List.of("/start", "it's a blog", "small", "just me", "/summary");
    static final int CHATS = 24;

    @Test
    void shouldKeepEveryChatExactlyAsOneInstanceWouldAcrossTwoInstances() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(BotHarness.TOKEN)) {
            String url = TestPostgres.freshDatabaseUrl();
            try (ConfigurableApplicationContext first = instance(api, url);
                 ConfigurableApplicationContext second = instance(api, url)) {
                int[] ports = {port(first), port(second)};
                AtomicLong updateIds = new AtomicLong(800_000_000);
                BotHarness view = BotHarness.view(api);

                // The reference: one chat, one instance, one update at a time.
                long reference = 9_000;
                for (String text : SCRIPT) {
                    int before = view.chat(reference).size();
                    WebhookUpdates.post(ports[0], WebhookUpdates.SECRET,
                            WebhookUpdates.text(updateIds.incrementAndGet(), reference, text));
                    await().atMost(BotHarness.WAIT).until(() -> view.chat(reference).size() > before);
                }
                view.awaitMessage(reference, Messages.DECISION_RECORD);
                List<String> expected = transcript(view.chat(reference));

                ExecutorService senders = Executors.newFixedThreadPool(8);
                List<Future<?>> chats = new ArrayList<>();
                for (long chat = 10_000; chat < 10_000 + CHATS; chat++) {
                    long chatId = chat;
                    chats.add(senders.submit(() -> deliver(chatId, ports, updateIds, new Random(chatId))));
                }
                for (Future<?> chat : chats) {
                    chat.get();
                }
                senders.shutdown();

                for (long chat = 10_000; chat < 10_000 + CHATS; chat++) {
                    long chatId = chat;
                    view.awaitMessage(chatId, Messages.DECISION_RECORD);
                    // Give a doubled reply the time to show up, should there be one.
                    await().pollDelay(Duration.ofMillis(50)).atMost(BotHarness.WAIT)
                            .until(() -> transcript(view.chat(chatId)).size() >= expected.size());
                    assertThat(transcript(view.chat(chatId))).as("chat %s", chatId).isEqualTo(expected);
                }
            }
        }
    }

    /** A chat's updates in order, each to a random instance, a third of them delivered again to the other. */
    private static void deliver(long chatId, int[] ports, AtomicLong updateIds, Random random) {
        for (String text : SCRIPT) {
            String update = WebhookUpdates.text(updateIds.incrementAndGet(), chatId, text);
            int instance = random.nextInt(2);
            assertThat(WebhookUpdates.post(ports[instance], WebhookUpdates.SECRET, update)).isEqualTo(200);
            if (random.nextInt(3) == 0) {
                assertThat(WebhookUpdates.post(ports[1 - instance], WebhookUpdates.SECRET, update)).isEqualTo(200);
            }
        }
    }

    /** What the user reads, in order: the messages' texts with the edits applied. */
    private static List<String> transcript(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::visibleText).toList();
    }

    private static ConfigurableApplicationContext instance(FakeBotApi api, String url) {
        return BotHarness.run(BotHarness.application(), api,
                "spring.datasource.url=" + url, "spring.datasource.username=postgres", "spring.datasource.password=",
                "telegram.webhook.url=https://bot.example.com/telegram/webhook",
                "telegram.webhook.secret=" + WebhookUpdates.SECRET);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
