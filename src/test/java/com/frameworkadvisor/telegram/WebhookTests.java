package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.telegram.fake.ApiCall;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook mode on one instance: registration, authentication, limits, and durable acknowledgement. */
class WebhookTests {

    private static BotHarness bot;
    private static int port;

    @BeforeAll
    static void startBot() {
        bot = BotHarness.start("telegram.webhook.url=https://bot.example.com/telegram/webhook",
                "telegram.webhook.secret=" + WebhookUpdates.SECRET, "telegram.webhook.max-body=64KB");
        port = WebhookUpdates.port(bot);
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @Test
    void shouldRegisterTheWebhookWithItsSecretAndTheUpdatesItHandles() {
        assertThat(bot.api.calls("setWebhook")).singleElement().satisfies(call -> {
            assertThat(call.param("url")).isEqualTo("https://bot.example.com/telegram/webhook");
            assertThat(call.param("secret_token")).isEqualTo(WebhookUpdates.SECRET);
            assertThat(call.param("allowed_updates")).contains("callback_query").contains("message");
        });
        assertThat(TelegramProperties.Webhook.PATH).doesNotContain(BotHarness.TOKEN).doesNotContain("123456789");
        assertThat(bot.api.calls("getUpdates")).isEmpty();
    }

    @Test
    void shouldRefuseAMissingOrWrongSecretWithoutReadingTheBody() {
        assertThat(WebhookUpdates.post(port, null, WebhookUpdates.text(900_001, 7001, "/start"))).isEqualTo(401);
        assertThat(WebhookUpdates.post(port, "wrong", "this is not even JSON")).isEqualTo(401);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET + "x", "{}")).isEqualTo(401);
        assertThat(bot.chat(7001)).isEmpty();
    }

    @Test
    void shouldRefuseAnOversizedBodyAndAnythingThatIsNotAnUpdate() {
        String huge = WebhookUpdates.text(900_002, 7002, "x".repeat(100_000));
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, huge)).isEqualTo(413);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, "not json")).isEqualTo(400);
        assertThat(bot.chat(7002)).isEmpty();
    }

    @Test
    void shouldAcknowledgeStoreAndAnswerAnUpdateOnceEvenWhenDeliveredTwice() {
        String start = WebhookUpdates.text(900_003, 7003, "/start");
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, start)).isEqualTo(200);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, start)).isEqualTo(200);
        bot.awaitMessage(7003, Messages.FIRST_QUESTION);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, WebhookUpdates.text(900_004, 7003, "a blog")))
                .isEqualTo(200);
        bot.awaitMessage(7003, Messages.SIZE_QUESTION);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, start)).isEqualTo(200);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, WebhookUpdates.text(900_005, 7003, "/summary")))
                .isEqualTo(200);
        bot.awaitMessage(7003, Messages.DECISION_RECORD);

        assertThat(bot.chat(7003)).filteredOn(m -> m.text().contains(Messages.FIRST_QUESTION)).hasSize(1);
        assertThat(bot.chat(7003)).filteredOn(m -> m.text().contains(Messages.DECISION_RECORD)).hasSize(1);
    }

    @Test
    void shouldOpenAndJoinATeamDecisionThroughTheWebhook() {
        long group = -7010;
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET,
                WebhookUpdates.groupText(900_010, group, 7011, "/team"))).isEqualTo(200);
        String link = bot.awaitMessage(group, Messages.opening("team.code")).keyboard().stream()
                .flatMap(java.util.List::stream).map(b -> b.get("url")).filter(u -> u != null).findFirst()
                .orElseThrow();

        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, WebhookUpdates.text(900_011, 7011,
                "/start " + link.substring(link.indexOf("team-"))))).isEqualTo(200);

        bot.awaitMessage(7011, Messages.FIRST_QUESTION);
        bot.awaitMessage(group, Messages.text("team.joined.group", "U"));
    }

    @Test
    void shouldAnswer200OnlyOnceTheUpdateIsDurable() {
        FakeBotApi api = FakeBotApi.start(BotHarness.TOKEN);
        TelegramDeliveryTests.SwitchableBarrier.failing.set(true);
        try (var context = BotHarness.run(BotHarness.application()
                        .sources(TelegramDeliveryTests.SwitchableBarrier.class), api,
                "telegram.webhook.url=https://bot.example.com/telegram/webhook",
                "telegram.webhook.secret=" + WebhookUpdates.SECRET)) {
            int ownPort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String start = WebhookUpdates.text(900_006, 7006, "/start");

            // Not durable, so not acknowledged: Telegram will deliver it again.
            assertThat(WebhookUpdates.post(ownPort, WebhookUpdates.SECRET, start)).isEqualTo(500);

            TelegramDeliveryTests.SwitchableBarrier.failing.set(false);
            assertThat(WebhookUpdates.post(ownPort, WebhookUpdates.SECRET, start)).isEqualTo(200);
            BotHarness.view(api).awaitMessage(7006, Messages.FIRST_QUESTION);
            assertThat(api.chat(7006)).filteredOn(m -> m.text().contains(Messages.FIRST_QUESTION)).hasSize(1);
        } finally {
            TelegramDeliveryTests.SwitchableBarrier.failing.set(false);
            api.close();
        }
    }

    @Test
    void shouldAcknowledgeMalformedUpdatesAndDeadLetterThemWithoutHoldingUpOtherChats() {
        JdbcClient jdbc = bot.context.getBean(JdbcClient.class);
        String firstQuestion = bot.context.getBean(Texts.class).get("question.kind.text");
        long id = 900_100;
        List<Long> bad = new ArrayList<>();
        for (String[] update : MalformedUpdates.all().values()) {
            long updateId = id++;
            bad.add(updateId);
            String body = "{\"update_id\":" + updateId + ",\"" + update[0] + "\":" + update[1] + "}";
            assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, body)).as("posting %s", update[0])
                    .isEqualTo(200);
        }
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, WebhookUpdates.text(id++, 7101, "/start")))
                .isEqualTo(200);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, WebhookUpdates.text(id, 7102, "/start")))
                .isEqualTo(200);
        assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, "{\"message\":{\"text\":\"no id\"}}"))
                .isEqualTo(400);

        bot.awaitMessage(7101, firstQuestion);
        bot.awaitMessage(7102, firstQuestion);
        await().atMost(BotHarness.WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM telegram_inbox")
                .query(Integer.class).single() == 0);
        assertThat(jdbc.sql("SELECT update_id FROM telegram_dead_letters WHERE update_id >= 900100")
                .query(Long.class).list()).containsExactlyInAnyOrderElementsOf(bad);
        bot.awaitMessage(MalformedUpdates.NO_FROM, bot.context.getBean(Texts.class).get("error.apology"));
    }

    @Test
    void shouldKeepRetryingAnUpdateWhileTheDatabaseFailsAndNeverDeadLetterIt() {
        JdbcClient jdbc = bot.context.getBean(JdbcClient.class);
        String firstQuestion = bot.context.getBean(Texts.class).get("question.kind.text");
        Counter failed = bot.context.getBean(MeterRegistry.class).counter("advisor.updates.handled", "outcome", "failed");
        int attempts = bot.context.getBean(TelegramProperties.class).deadLetters().maxAttempts();
        double failedBefore = failed.count();
        jdbc.sql("ALTER TABLE telegram_outbox RENAME TO telegram_outbox_away").update();
        try {
            assertThat(WebhookUpdates.post(port, WebhookUpdates.SECRET, WebhookUpdates.text(900_200, 7201, "/start")))
                    .isEqualTo(200);
            // Past the attempts a failure that is not transient gets, it is still waiting in the inbox.
            await().atMost(BotHarness.WAIT).until(() -> failed.count() >= failedBefore + attempts + 1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_inbox WHERE update_id = 900200").query(Integer.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_dead_letters WHERE update_id = 900200")
                    .query(Integer.class).single()).isZero();
        } finally {
            jdbc.sql("ALTER TABLE telegram_outbox_away RENAME TO telegram_outbox").update();
        }
        bot.awaitMessage(7201, firstQuestion);
        assertThat(bot.chat(7201)).filteredOn(m -> m.text().contains(firstQuestion)).hasSize(1);
    }

    @Test
    void shouldReportWebhookDeliveryInHealth() {
        assertThat(TelegramDeliveryTests.health(bot)).contains("\"status\":\"UP\"").contains("RECEIVING");
    }

    @Test
    void shouldRefuseToStartWithASecretTelegramWouldReject() {
        FakeBotApi api = FakeBotApi.start(BotHarness.TOKEN);
        try {
            for (String secret : new String[] {"has spaces", "", "x".repeat(257), "ümlaut"}) {
                assertThatThrownBy(() -> BotHarness.run(BotHarness.application(), api,
                        "telegram.webhook.url=https://bot.example.com/telegram/webhook",
                        "telegram.webhook.secret=" + secret))
                        .hasStackTraceContaining("TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters");
            }
            assertThat(api.calls("setWebhook")).extracting(ApiCall::method).isEmpty();
        } finally {
            api.close();
        }
    }
}
