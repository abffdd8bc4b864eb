package com.frameworkadvisor.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frameworkadvisor.telegram.ManualClock;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.BotApi;
import com.frameworkadvisor.telegram.client.ReceivedUpdate;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The poller alone, against a stub Bot API: the offset moves past what may be confirmed, and only after a write. */
class UpdatePollerTests {

    private static final long ALICE = 100;
    private static final long BOB = 200;
    private static final List<ReceivedUpdate> WAITING = List.of(update(1, ALICE), update(2, BOB), update(3, ALICE),
            update(4, BOB));

    /** What happened, in order: "poll &lt;offset&gt;", "durable". */
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Map<Long, List<Long>> handled = new ConcurrentHashMap<>();

    private static ReceivedUpdate update(long id, long chat) {
        return new ReceivedUpdate(id, "message", chat, "{}", null, null);
    }

    /** Answers getUpdates with the updates at or after the offset asked for, as Telegram does. */
    private BotApi stubApi() {
        ObjectMapper json = new ObjectMapper();
        TelegramClient client = (TelegramClient) Proxy.newProxyInstance(TelegramClient.class.getClassLoader(),
                new Class<?>[] {TelegramClient.class}, (proxy, method, args) -> {
                    PartialBotApiMethod<?> call = (PartialBotApiMethod<?>) args[0];
                    if (!"getUpdates".equals(call.getMethod())) {
                        return Boolean.TRUE; // deleteWebhook
                    }
                    long offset = json.valueToTree(call).get("offset").asLong();
                    events.add("poll " + offset);
                    return new ArrayList<>(WAITING.stream().filter(u -> u.updateId() >= offset).toList());
                });
        return new BotApi(client, "123456789:AAHfakeTokenForTestsOnly_abcdefghijk", new SimpleMeterRegistry());
    }

    @Test
    void shouldConfirmOnlyWhatIsStoredKeepEachChatInOrderAndWriteBeforeMovingTheOffset() {
        AtomicBoolean bobFailedOnce = new AtomicBoolean();
        UpdateHandler handler = update -> {
            handled.computeIfAbsent(update.chatId(), chat -> new CopyOnWriteArrayList<>()).add(update.updateId());
            return update.updateId() != 2 || !bobFailedOnce.compareAndSet(false, true);
        };
        ManualClock clock = new ManualClock();
        UpdatePoller poller = new UpdatePoller(stubApi(), handler, Executors.newFixedThreadPool(2),
                new TelegramProperties.Polling(Duration.ofSeconds(1), 100, Duration.ofMillis(10),
                        Duration.ofMillis(50)),
                new DeliveryHealth(clock, Duration.ofMinutes(1), since -> 0), clock, () -> events.add("durable"));

        poller.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("poll 5"));
        } finally {
            poller.stop();
        }

        // Update 2 failed: the offset stayed before it, so it came again with what followed.
        assertThat(events.stream().filter(e -> e.startsWith("poll")).distinct()).containsExactly(
                "poll 0", "poll 2", "poll 5");
        // Alice's chat went on while Bob's waited; Bob's update 4 was not applied before his update 2 was.
        assertThat(handled.get(ALICE)).containsExactly(1L, 3L, 3L);
        assertThat(handled.get(BOB)).containsExactly(2L, 2L, 4L);
        // Each move of the offset confirms to Telegram, so the batch's effects were made durable just before.
        assertThat(events.get(events.indexOf("poll 2") - 1)).isEqualTo("durable");
        assertThat(events.get(events.indexOf("poll 5") - 1)).isEqualTo("durable");
    }
}
