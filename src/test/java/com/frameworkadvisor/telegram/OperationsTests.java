package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;

/** What operators see: probes and metrics of a running bot. */
class OperationsTests {

    @Test
    void shouldServeProbesAndCountUpdatesRecommendationsFollowUpsAndApiErrors() {
        try (BotHarness bot = BotHarness.start()) {
            long chat = 6001;
            bot.api.failNext("sendMessage", 502, "Bad Gateway", null);
            bot.api.sendText(chat, chat, "/start");
            bot.awaitMessage(chat, Messages.FIRST_QUESTION);
            bot.api.sendText(chat, chat, "a small static site, just me, no deadline, none of the built-ins");
            for (String skip : new String[] {"/skip", "/skip", "/skip", "/skip", "/skip", "/skip", "/skip"}) {
                if (bot.chat(chat).stream().noneMatch(m -> m.text().contains(Messages.text("result.verdict", "")))) {
                    int before = bot.chat(chat).size();
                    bot.api.sendText(chat, chat, skip);
                    await().atMost(BotHarness.WAIT).until(() -> bot.chat(chat).size() > before);
                }
            }
            bot.awaitMessage(chat, Messages.text("result.verdict", "Flask"));
            int before = bot.chat(chat).size();
            bot.api.sendText(chat, chat, "what's the weather in Paris?");
            await().atMost(BotHarness.WAIT).until(() -> bot.chat(chat).size() > before);

            assertThat(TelegramDeliveryTests.get(bot, "/actuator/health/liveness")).startsWith("200").contains("UP");
            assertThat(TelegramDeliveryTests.get(bot, "/actuator/health/readiness")).startsWith("200").contains("UP")
                    .contains("db").contains("telegram");
            String metrics = TelegramDeliveryTests.get(bot, "/actuator/prometheus");
            assertThat(metrics).startsWith("200")
                    .containsPattern("advisor_updates_handled_total\\{outcome=\"applied\"[^}]*} [1-9]")
                    .contains("advisor_updates_handling_seconds_count")
                    .containsPattern("advisor_recommendations_total\\{[^}]*verdict=\"flask\"[^}]*} 1")
                    .containsPattern("advisor_followups_heard_total\\{[^}]*meaning=\"not-covered\"[^}]*} 1")
                    .containsPattern("advisor_telegram_api_errors_total\\{kind=\"transient\"[^}]*} [1-9]");
        }
    }
}
