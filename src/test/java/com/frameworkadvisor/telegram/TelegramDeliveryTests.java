package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.interview.parsing.FreeTextAnswerParser;
import com.frameworkadvisor.session.WriteBarrier;
import com.frameworkadvisor.telegram.fake.ApiCall;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import com.frameworkadvisor.telegram.outbound.SendLimiter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Delivery and faults: each against the fake Bot API, driving the real TelegramBots client. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramDeliveryTests {

    /** Messages and documents sent to the chat, attempts included. */
    private static int sends(FakeBotApi api, long chatId) {
        return (int) Stream.of("sendMessage", "sendDocument").flatMap(method -> api.calls(method).stream())
                .filter(c -> String.valueOf(chatId).equals(c.param("chat_id"))).count();
    }

    /** The write barrier, failing while {@link #failing} is set, as a database that cannot write would. */
    @Configuration
    static class SwitchableBarrier {
        static final AtomicBoolean failing = new AtomicBoolean();

        @Bean
        @Primary
        WriteBarrier failingWhenSwitched() {
            return () -> {
                if (failing.get()) {
                    throw new IllegalStateException("the store cannot be written");
                }
            };
        }
    }

    @Test
    void shouldConfirmAnUpdateOnlyOnceItsEffectIsDurable() {
        FakeBotApi api = FakeBotApi.start(BotHarness.TOKEN);
        SwitchableBarrier.failing.set(true);
        try (var context = BotHarness.run(BotHarness.application().sources(SwitchableBarrier.class), api)) {
            BotHarness bot = BotHarness.view(api);
            long update = api.sendText(2006, 2006, "/start");

            await().atMost(BotHarness.WAIT)
                    .until(() -> api.getUpdatesCount() >= 3);
            assertThat(api.highestOffsetRequested()).isLessThanOrEqualTo(update);

            SwitchableBarrier.failing.set(false);
            await().atMost(BotHarness.WAIT).until(() -> api.highestOffsetRequested() > update);
            // Stored the first time: the update that came again was recognised, not answered twice.
            assertThat(bot.chat(2006)).filteredOn(m -> m.text().contains(Messages.FIRST_QUESTION)).hasSize(1);
        } finally {
            SwitchableBarrier.failing.set(false);
            api.close();
        }
    }

    @Test
    void shouldSendAtOnceAfterARestartWhatTheCrashedPollerHadLeased() {
        String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (BotHarness first = BotHarness.start("spring.datasource.url=" + database)) {
            assertThat(first.chat(2010)).isEmpty(); // this start only creates the schema
        }
        // As a killed poller leaves it: a reply taken for sending, its lease still running for half a minute.
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "sa", ""));
        jdbc.sql("INSERT INTO telegram_outbox (chat_id, kind, payload, attempts, not_before, created_at, lease_owner, "
                        + "lease_until) VALUES (2010, 'SEND', :payload, 0, :now, :now, :owner, :until)")
                .param("payload", "{\"kind\":\"SEND\",\"html\":\"sent before the crash\",\"buttons\":[]}")
                .param("now", OffsetDateTime.now()).param("owner", InstanceName.POLLING)
                .param("until", OffsetDateTime.now().plusSeconds(30)).update();

        try (BotHarness restarted = BotHarness.start("spring.datasource.url=" + database)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> restarted.chat(2010).stream()
                    .anyMatch(m -> m.text().contains("sent before the crash")));
        }
    }

    @Configuration
    static class ParserThatFailsOnBoom {
        @Bean
        @Primary
        AnswerParser failingOnBoom() {
            FreeTextAnswerParser real = new FreeTextAnswerParser(Locale.ENGLISH);
            return (text, expected) -> {
                if (text.contains("boom")) {
                    throw new IllegalStateException("simulated failure");
                }
                return real.parse(text, expected);
            };
        }
    }

    @Test
    void shouldApologiseForOneFailingUpdateLogItOnceAndGoOn(CapturedOutput output) {
        FakeBotApi api = FakeBotApi.start(BotHarness.TOKEN);
        try (var context = BotHarness.run(BotHarness.application().sources(ParserThatFailsOnBoom.class), api)) {
            BotHarness bot = BotHarness.view(api);
            api.sendText(2003, 2003, "/start");
            bot.awaitMessage(2003, Messages.FIRST_QUESTION);
            long boom = api.sendText(2003, 2003, "boom");
            bot.awaitMessage(2003, Messages.text("error.apology"));
            api.sendText(2003, 2003, "a blog");
            bot.awaitMessage(2003, Messages.SIZE_QUESTION);

            assertThat(output.getAll().lines().filter(l -> l.contains("Turn failed for chat tg:2003")))
                    .singleElement().satisfies(line -> assertThat(line).contains("[update " + boom + "]"));
        } finally {
            api.close();
        }
    }

    @Test
    void shouldReportAConflictClearlyAndNotSpinOnIt(CapturedOutput output) {
        try (BotHarness bot = BotHarness.start(api -> {
            for (int i = 0; i < 50; i++) {
                api.failNext("getUpdates", 409, "Conflict: terminated by other getUpdates request", null);
            }
        })) {
            await().atMost(BotHarness.WAIT).until(() -> bot.api.getUpdatesCount() >= 4);
            // The conflict pause (500 ms here) between attempts: waiting, not spinning.
            assertThat(gapsBetween(bot.api.calls("getUpdates"))).allSatisfy(gap ->
                    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(400)));
            assertThat(output.getAll()).contains("409 Conflict");
            assertThat(output.getAll().lines().filter(l -> l.contains("409 Conflict")).count()).isEqualTo(1);
            assertThat(health(bot)).contains("DOWN").contains("CONFLICT");
        }
    }

    @Test
    void shouldNotBusyLoopOnEarlyEmptyAnswers() {
        try (BotHarness bot = BotHarness.start(api -> api.answerGetUpdatesEarlyAndEmpty(1000))) {
            int before = bot.api.getUpdatesCount();
            await().atMost(BotHarness.WAIT).until(() -> bot.api.getUpdatesCount() >= before + 6);
            // The minimum interval (100 ms here) between calls, however early the empty answers come.
            List<ApiCall> calls = bot.api.calls("getUpdates");
            assertThat(gapsBetween(calls.subList(before, calls.size()))).allSatisfy(gap ->
                    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(80)));
        }
    }

    @Test
    void shouldKeepEachChatInOrderAndServeChatsInParallel() {
        try (BotHarness bot = BotHarness.start(api -> {
            for (long chat = 3000; chat < 3005; chat++) {
                api.sendText(chat, chat, "/start");
                api.sendText(chat, chat, "a blog");
                api.sendText(chat, chat, "small");
                api.sendText(chat, chat, "/summary");
            }
        })) {
            for (long chat = 3000; chat < 3005; chat++) {
                assertThat(bot.awaitDocument(chat)).contains(Messages.text("option.KIND.BLOG"))
                        .contains(Messages.text("option.SIZE.SMALL"));
            }
        }
    }

    @Test
    void shouldStayWithinTelegramsSendingLimitsInABurstWithoutStarvingAnyChat() {
        int chats = 25;
        try (BotHarness bot = BotHarness.start(api -> {
            for (long chat = 5000; chat < 5000 + chats; chat++) {
                api.sendText(chat, chat, "/start");
            }
        }, "telegram.sending.per-second=10")) {
            for (long chat = 5000; chat < 5000 + chats; chat++) {
                bot.awaitMessage(chat, Messages.FIRST_QUESTION);
            }
            List<Instant> times = bot.api.calls("sendMessage").stream().filter(c -> c.status() == 200)
                    .map(ApiCall::at).sorted().toList();
            // Any one second holds at most the configured ten plus the global burst tolerance of two: thirteen
            // successive messages always span more than a second.
            int most = 10 + SendLimiter.GLOBAL_BURST;
            assertThat(times).hasSizeGreaterThanOrEqualTo(chats);
            for (int i = 0; i + most < times.size(); i++) {
                assertThat(Duration.between(times.get(i), times.get(i + most))).isGreaterThan(Duration.ofSeconds(1));
            }
        }
    }

    @Test
    void shouldShutDownWithinSecondsAndReportDownWhenPollingStopped() {
        BotHarness bot = BotHarness.start();
        bot.api.sendText(2008, 2008, "/start");
        bot.awaitMessage(2008, Messages.FIRST_QUESTION);
        assertThat(health(bot)).contains("\"status\":\"UP\"");

        bot.api.rejectToken();
        await().atMost(BotHarness.WAIT).until(() -> health(bot).contains("DOWN"));

        Instant closing = Instant.now();
        bot.close();
        assertThat(Duration.between(closing, Instant.now())).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void shouldFailFastWithAClearMessageWhenTheTokenIsRejected() {
        FakeBotApi api = FakeBotApi.start(BotHarness.TOKEN);
        api.rejectToken();
        try {
            assertThatThrownBy(() -> BotHarness.run(BotHarness.application(), api))
                    .hasStackTraceContaining("Telegram rejected TELEGRAM_BOT_TOKEN")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(BotHarness.TOKEN));
        } finally {
            api.close();
        }
    }

    @Test
    void shouldNeverShowTheTokenInLogsOrEndpoints(CapturedOutput output) {
        try (BotHarness bot = BotHarness.start()) {
            bot.api.failNext("sendMessage", 502, "Bad Gateway", null);
            bot.api.dropNext("getUpdates");
            bot.api.sendText(2009, 2009, "/start");
            bot.awaitMessage(2009, Messages.FIRST_QUESTION);
            for (String path : List.of("/actuator/health", "/actuator", "/actuator/env", "/actuator/configprops")) {
                assertThat(get(bot, path)).doesNotContain(BotHarness.TOKEN).doesNotContain("AAHfakeToken");
            }
        }
        assertThat(output.getAll()).doesNotContain(BotHarness.TOKEN).doesNotContain("AAHfakeToken");
    }

    /** The tests that need no fault at start-up share one running bot, each in chats of its own. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnOneRunningBot {

        private BotHarness bot;

        @BeforeAll
        void start() {
            bot = BotHarness.start();
        }

        @AfterAll
        void stop() {
            bot.close();
        }

        @Test
        void shouldConfirmAnUpdateOnlyAfterItsEffectIsStored() {
            JdbcClient jdbc = bot.context.getBean(JdbcClient.class);
            jdbc.sql("ALTER TABLE telegram_outbox RENAME TO telegram_outbox_away").update();
            int polls = bot.api.getUpdatesCount();
            long update = bot.api.sendText(2001, 2001, "/start");

            // Three polls: the update came, failed to be stored, and came again at least once.
            await().atMost(BotHarness.WAIT).until(() -> bot.api.getUpdatesCount() >= polls + 3);
            assertThat(bot.api.highestOffsetRequested()).isLessThanOrEqualTo(update);
            assertThat(bot.chat(2001)).isEmpty();

            jdbc.sql("ALTER TABLE telegram_outbox_away RENAME TO telegram_outbox").update();
            bot.awaitMessage(2001, Messages.FIRST_QUESTION);
            await().atMost(BotHarness.WAIT).until(() -> bot.api.highestOffsetRequested() > update);
            assertThat(bot.chat(2001)).filteredOn(m -> m.text().contains(Messages.FIRST_QUESTION)).hasSize(1);
        }

        @Test
        void shouldApplyAnUpdateDeliveredTwiceOnceAndAnswerItOnce() {
            long start = bot.api.sendText(2002, 2002, "/start");
            bot.awaitMessage(2002, Messages.FIRST_QUESTION);
            long shop = bot.api.sendText(2002, 2002, "it's an online shop");
            bot.awaitMessage(2002, Messages.SIZE_QUESTION);
            int before = sends(bot.api, 2002);

            bot.api.redeliver(start);
            bot.api.redeliver(shop);
            long marker = bot.api.sendText(2002, 2002, "/summary");
            bot.awaitMessage(2002, Messages.DECISION_RECORD);
            await().atMost(BotHarness.WAIT).until(() -> bot.api.highestOffsetRequested() > marker);

            assertThat(sends(bot.api, 2002)).isEqualTo(before + 1);
            assertThat(bot.chat(2002).stream().filter(m -> m.text().contains(Messages.FIRST_QUESTION)).count())
                    .isEqualTo(1);
        }

        @Test
        void shouldWaitOutRateLimitsAndRetryServerAndNetworkErrors() {
            bot.api.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);
            bot.api.failNext("sendMessage", 502, "Bad Gateway", null);
            bot.api.dropNext("sendMessage");
            Instant sent = Instant.now();
            bot.api.sendText(2004, 2004, "/start");

            bot.awaitMessage(2004, Messages.FIRST_QUESTION);

            assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            List<ApiCall> attempts = bot.api.calls("sendMessage");
            assertThat(attempts.stream().map(ApiCall::status).toList()).contains(429, 502, 200);
        }

        @Test
        void shouldStopSendingToAChatThatBlockedTheBot() {
            bot.api.sendText(2005, 2005, "/start");
            bot.awaitMessage(2005, Messages.FIRST_QUESTION);
            bot.api.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
            bot.api.sendText(2005, 2005, "/help");
            await().atMost(BotHarness.WAIT).until(() -> bot.api.calls("sendMessage").stream()
                    .anyMatch(c -> c.status() == 403));
            int attempts = sends(bot.api, 2005);

            long later = bot.api.sendText(2005, 2005, "/summary");
            await().atMost(BotHarness.WAIT).until(() -> bot.api.highestOffsetRequested() > later);
            bot.api.sendText(2006, 2006, "/start");
            bot.awaitMessage(2006, Messages.FIRST_QUESTION);

            assertThat(sends(bot.api, 2005)).isEqualTo(attempts);
        }

        @Test
        void shouldTreatMessageNotModifiedAsHarmless() {
            bot.api.sendText(2007, 2007, "/start");
            bot.awaitMessage(2007, Messages.FIRST_QUESTION);
            bot.api.failNext("editMessageText", 400, "Bad Request: message is not modified", null);

            bot.press(2007, 2007, Messages.text("option.KIND.BLOG"));

            bot.awaitMessage(2007, Messages.SIZE_QUESTION);
        }
    }

    private static List<Duration> gapsBetween(List<ApiCall> calls) {
        return java.util.stream.IntStream.range(1, calls.size())
                .mapToObj(i -> Duration.between(calls.get(i - 1).at(), calls.get(i).at())).toList();
    }

    private static String stackTrace(Throwable e) {
        var out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    static String health(BotHarness bot) {
        return get(bot, "/actuator/health");
    }

    static String get(BotHarness bot, String path) {
        String port = bot.context.getEnvironment().getProperty("local.server.port");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
