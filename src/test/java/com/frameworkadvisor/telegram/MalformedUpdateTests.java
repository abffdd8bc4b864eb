package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One malformed update never stalls the bot: mixed into a batch with good updates from other chats, the good ones
 * are answered at once, the bad one is tried a few times, recorded as a dead letter and confirmed, and health and
 * the metric say so. Polling here; the same updates posted to the webhook are in {@link WebhookTests}.
 */
class MalformedUpdateTests {

    private static final long GOOD = 3201;
    private static final long ALSO_GOOD = 3202;

    @Test
    void shouldRemoveAWebhookLeftFromWebhookModeAndPoll() {
        try (BotHarness bot = BotHarness.start(api -> {
            setWebhook(api, "https://bot.example.com/telegram/webhook");
            api.sendText(GOOD, GOOD, "/start");
        })) {
            bot.awaitMessage(GOOD, bot.context.getBean(Texts.class).get("question.kind.text"));
            assertThat(bot.api.calls("deleteWebhook")).singleElement()
                    .satisfies(call -> assertThat(call.param("drop_pending_updates")).isNotEqualTo("true"));
        }
    }

    /** Sets a webhook on the fake the way a bot in webhook mode would have, through its HTTP API. */
    private static void setWebhook(FakeBotApi api, String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    api.baseUrl() + "/bot" + BotHarness.TOKEN + "/setWebhook?url=" + url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAnswerTheGoodUpdatesAtOnceAndDeadLetterEachBadOneAfterItsAttempts() {
        List<Long> bad = new ArrayList<>();
        long[] good = new long[2];
        try (BotHarness bot = BotHarness.start(api -> {
            good[0] = api.sendText(GOOD, GOOD, "/start");
            for (String[] update : MalformedUpdates.all().values()) {
                bad.add(api.sendRawUpdate(update[0], update[1]));
            }
            good[1] = api.sendText(ALSO_GOOD, ALSO_GOOD, "/start");
        }, "telegram.dead-letters.max-attempts=3")) {
            String firstQuestion = bot.context.getBean(Texts.class).get("question.kind.text");
            bot.awaitMessage(GOOD, firstQuestion);
            bot.awaitMessage(ALSO_GOOD, firstQuestion);

            JdbcClient jdbc = bot.context.getBean(JdbcClient.class);
            await().atMost(BotHarness.WAIT).until(() -> bot.api.highestOffsetRequested() > good[1]);
            List<Map<String, Object>> letters = jdbc.sql("SELECT update_id, kind, chat_id, attempts, error "
                    + "FROM telegram_dead_letters ORDER BY update_id").query().listOfRows();
            assertThat(letters).extracting(row -> ((Number) row.get("update_id")).longValue())
                    .containsExactlyInAnyOrderElementsOf(bad);
            assertThat(letters).allSatisfy(row -> {
                assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(3);
                assertThat((String) row.get("error")).isNotBlank();
            });
            assertThat(letters).extracting(row -> (String) row.get("kind"))
                    .contains("message", "callback_query", "my_chat_member", "unknown");

            // The users who can be told get the usual apology, once; a membership change gets none.
            String apology = bot.context.getBean(Texts.class).get("error.apology");
            for (long chat : new long[] {MalformedUpdates.NO_FROM, MalformedUpdates.BEYOND_INTEGER}) {
                bot.awaitMessage(chat, apology);
                assertThat(bot.chat(chat)).filteredOn(m -> m.text().equals(apology)).hasSize(1);
            }
            assertThat(bot.chat(MalformedUpdates.NO_NEW_MEMBER)).isEmpty();
            assertThat(bot.chat(GOOD)).filteredOn(m -> m.text().contains(firstQuestion)).hasSize(1);

            String readiness = TelegramDeliveryTests.get(bot, "/actuator/health/readiness");
            assertThat(readiness).startsWith("200").contains("\"deadLetteredLastHour\":" + bad.size());
            String metrics = TelegramDeliveryTests.get(bot, "/actuator/prometheus");
            assertThat(metrics).containsPattern("advisor_updates_dead_lettered_total\\{kind=\"message\"[^}]*} 3")
                    .containsPattern("advisor_updates_dead_lettered_total\\{kind=\"callback_query\"[^}]*} 1")
                    .containsPattern("advisor_updates_dead_lettered_total\\{kind=\"unknown\"[^}]*} 1");

            // And the bot goes on: the next update of a chat that sent a bad one is answered normally.
            bot.api.sendText(MalformedUpdates.NO_FROM, MalformedUpdates.NO_FROM, "/start");
            bot.awaitMessage(MalformedUpdates.NO_FROM, firstQuestion);
        }
    }
}
