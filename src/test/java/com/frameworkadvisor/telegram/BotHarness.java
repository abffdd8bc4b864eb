package com.frameworkadvisor.telegram;

import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.telegram.fake.ChatMessage;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application as a Telegram bot, talking through the real client to a fake Bot API on loopback. */
final class BotHarness implements AutoCloseable {

    /** Shaped like a real token, so the log scrubbing that looks for that shape is exercised too. */
    static final String TOKEN = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk";
    static final Duration WAIT = Duration.ofSeconds(15);

    final FakeBotApi api;
    final ConfigurableApplicationContext context;

    private BotHarness(FakeBotApi api, ConfigurableApplicationContext context) {
        this.api = api;
        this.context = context;
    }

    static BotHarness start(String... properties) {
        return start(api -> { }, properties);
    }

    /** @param beforeStart prepares the fake before the bot starts (updates waiting, faults) */
    static BotHarness start(Consumer<FakeBotApi> beforeStart, String... properties) {
        FakeBotApi api = FakeBotApi.start(TOKEN);
        beforeStart.accept(api);
        try {
            return new BotHarness(api, run(application(), api, properties));
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(FrameworkAdvisorApplication.class);
    }

    /**
     * Runs the application with the test's settings as command-line arguments: unlike the builder's default
     * properties, those override application.properties (which points at ./data).
     */
    static ConfigurableApplicationContext run(SpringApplicationBuilder builder, FakeBotApi api, String... properties) {
        return builder.run(arguments(api, properties));
    }

    static String[] arguments(FakeBotApi api, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "telegram.bot.token=" + TOKEN,
                "telegram.api.url=" + api.baseUrl(),
                "telegram.polling.timeout=1s",
                "telegram.polling.minimum-interval=100ms",
                "telegram.polling.conflict-pause=500ms",
                // Telegram's sending limits would make a test wait a second per message of a chat. The limits are
                // tested by SendLimiterTests and by the one end-to-end test that sets its own.
                "telegram.sending.per-chat-burst=20",
                "telegram.sending.per-chat-interval=10ms",
                "telegram.sending.per-second=1000",
                "spring.datasource.url=jdbc:h2:mem:bot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "advisor.console.enabled=false",
                "advisor.rules.watch=false",
                "server.port=0"));
        all.addAll(List.of(properties));
        // A property given twice on the command line is joined with a comma, so a test's setting replaces the
        // default of the same name instead.
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String property : all) {
            int equals = property.indexOf('=');
            byName.put(property.substring(0, equals), property.substring(equals + 1));
        }
        return byName.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A view for tests that start the application themselves: waiting and pressing, without owning it. */
    static BotHarness view(FakeBotApi api) {
        return new BotHarness(api, null);
    }

    List<ChatMessage> chat(long chatId) {
        return api.chat(chatId);
    }

    /** Waits until the chat as the user sees it satisfies the condition, and returns it. */
    List<ChatMessage> awaitChat(long chatId, Predicate<List<ChatMessage>> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> condition.test(api.chat(chatId)));
        return api.chat(chatId);
    }

    /** Waits for a message containing the text. */
    ChatMessage awaitMessage(long chatId, String containing) {
        awaitChat(chatId, messages -> messages.stream().anyMatch(m -> m.text().contains(containing)));
        return api.chat(chatId).stream().filter(m -> m.text().contains(containing)).reduce((a, b) -> b).orElseThrow();
    }

    /** Waits for the bot to send the chat a document, and returns the latest one's text. */
    String awaitDocument(long chatId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> !documents(chatId).isEmpty());
        List<String> sent = documents(chatId);
        return sent.get(sent.size() - 1);
    }

    /** Waits for the bot to send the chat a photo, and returns the latest one's bytes. */
    byte[] awaitPhoto(long chatId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> !photos(chatId).isEmpty());
        List<byte[]> sent = photos(chatId);
        return sent.get(sent.size() - 1);
    }

    private List<byte[]> photos(long chatId) {
        return api.calls("sendPhoto").stream().filter(c -> String.valueOf(chatId).equals(c.param("chat_id")))
                .filter(c -> c.status() == 200)
                .map(c -> java.util.Base64.getDecoder().decode(c.params().path("photo").path("base64").asText()))
                .toList();
    }

    private List<String> documents(long chatId) {
        return api.calls("sendDocument").stream().filter(c -> String.valueOf(chatId).equals(c.param("chat_id")))
                .filter(c -> c.status() == 200).map(c -> c.params().path("document").path("text").asText()).toList();
    }

    /** Presses the button labelled {@code label} on the latest message that has it. */
    void press(long chatId, long userId, String label) {
        for (ChatMessage message : reversed(api.chat(chatId))) {
            Optional<String> data = buttonData(message, label);
            if (data.isPresent()) {
                api.pressButton(chatId, userId, message.messageId(), data.get());
                return;
            }
        }
        throw new AssertionError("no button '" + label + "' in chat " + chatId + ": " + api.chat(chatId));
    }

    static Optional<String> buttonData(ChatMessage message, String label) {
        return message.keyboard().stream().flatMap(List::stream)
                .filter(b -> label.equals(b.get("text")) || ("✓ " + label).equals(b.get("text")))
                .map(b -> b.get("callback_data")).findFirst();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static Map<String, String> button(ChatMessage message, String label) {
        return message.keyboard().stream().flatMap(List::stream).filter(b -> label.equals(b.get("text")))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            api.close();
        }
    }
}
