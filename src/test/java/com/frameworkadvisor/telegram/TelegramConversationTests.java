package com.frameworkadvisor.telegram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.telegram.fake.ApiCall;
import com.frameworkadvisor.telegram.fake.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conversation as a Telegram user sees it, through the real client and a fake Bot API. */
class TelegramConversationTests {


    private static BotHarness bot;

    @BeforeAll
    static void startBot() {
        bot = BotHarness.start();
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @Test
    void shouldCheckTheTokenAndRegisterTheCommandMenuAtStartup() {
        assertThat(bot.api.calls("getMe")).isNotEmpty();
        assertThat(bot.api.calls("setMyCommands")).singleElement()
                .satisfies(call -> assertThat(call.params().toString()).contains("start").contains("summary")
                        .contains("forget"));
    }

    @Test
    void shouldRunAWholeInterviewWithButtonsFreeTextBackEditWhatIfAndSummary() {
        long chat = 1001;
        bot.api.sendText(chat, chat, "/start");
        ChatMessage question = bot.awaitMessage(chat, Messages.FIRST_QUESTION);
        assertThat(question.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(BotHarness.buttonData(question, Messages.text("option.KIND.SHOP"))).isPresent();

        bot.press(chat, chat, Messages.text("option.KIND.SHOP"));
        bot.awaitMessage(chat, Messages.SIZE_QUESTION);
        ChatMessage answered = bot.chat(chat).stream().filter(m -> m.messageId() == question.messageId())
                .findFirst().orElseThrow();
        assertThat(answered.text()).contains("→").contains(Messages.text("option.KIND.SHOP"));
        assertThat(answered.keyboard()).isEmpty();
        assertThat(bot.api.callbackAnswers()).isNotEmpty();

        bot.api.sendText(chat, chat, "large");
        bot.awaitMessage(chat, Messages.NEEDS_QUESTION);
        bot.api.sendText(chat, chat, "/back");
        await().atMost(BotHarness.WAIT).until(() -> bot.chat(chat).stream()
                .filter(m -> m.text().contains(Messages.SIZE_QUESTION)).count() >= 2);
        bot.api.sendText(chat, chat, "large and complex, we are 4 developers");
        // The needs question comes again; its first showing's buttons have expired.
        bot.awaitChat(chat, messages -> messages.stream()
                .filter(m -> m.text().contains(Messages.NEEDS_QUESTION)).count() >= 2);
        bot.press(chat, chat, Messages.text("option.NEEDS.ADMIN"));
        bot.awaitChat(chat, messages -> messages.stream().anyMatch(m -> m.keyboard().stream().flatMap(List::stream)
                .anyMatch(b -> b.get("text").equals("✓ " + Messages.text("option.NEEDS.ADMIN")))));
        bot.press(chat, chat, Messages.text("option.NEEDS.USER_ACCOUNTS"));
        bot.awaitChat(chat, messages -> messages.stream().anyMatch(m -> m.keyboard().stream().flatMap(List::stream)
                .anyMatch(b -> b.get("text").equals("✓ " + Messages.text("option.NEEDS.USER_ACCOUNTS")))));
        bot.press(chat, chat, Messages.text("button.done"));
        // The questions that decide a disagreement (the deadline among them) come next, until the user says enough.
        String resultNow = Messages.text("button.result-now");
        bot.awaitChat(chat, messages -> messages.stream().anyMatch(m -> !m.text().contains(Messages.NEEDS_QUESTION)
                && BotHarness.buttonData(m, resultNow).isPresent()));
        bot.press(chat, chat, resultNow);
        ChatMessage result = bot.awaitMessage(chat, Messages.text("result.verdict", "Django"));
        assertThat(result.text()).contains("[2]").contains("Sources");

        bot.api.sendText(chat, chat, "what if the team grows to 20?");
        bot.awaitMessage(chat, Messages.text("follow-up.what-if.unchanged"));
        bot.api.sendText(chat, chat, "/change");
        bot.awaitMessage(chat, Messages.text("change.choose"));
        bot.press(chat, chat, Messages.text("label.SIZE"));
        bot.awaitChat(chat, messages -> messages.stream().filter(m -> m.text().contains(Messages.SIZE_QUESTION))
                .count() >= 3);
        bot.press(chat, chat, Messages.text("option.SIZE.SMALL"));
        // What the change did, not the whole result again.
        bot.awaitChat(chat, messages -> messages.stream().anyMatch(m -> Stream.of("result.delta.same",
                "result.delta.more", "result.delta.less", "result.delta.flipped")
                .anyMatch(key -> m.text().contains(Messages.opening(key)))));
        bot.api.sendText(chat, chat, "/summary");
        // The decision record comes as a Markdown document under a short caption.
        ChatMessage caption = bot.awaitMessage(chat, Messages.DECISION_RECORD);
        assertThat(caption.text().length()).isLessThan(300);
        assertThat(bot.api.calls("sendDocument")).anySatisfy(call -> {
            assertThat(call.param("chat_id")).isEqualTo(String.valueOf(chat));
            assertThat(call.params().path("document").path("file_name").asText()).endsWith(".md");
            assertThat(call.params().path("document").path("size").asInt()).isGreaterThan(1000);
        });
    }

    @Test
    void shouldAnswerEveryButtonPressIncludingExpiredOnes() {
        long chat = 1002;
        bot.api.sendText(chat, chat, "/start");
        ChatMessage first = bot.awaitMessage(chat, Messages.FIRST_QUESTION);
        String stale = BotHarness.buttonData(first, Messages.text("option.KIND.BLOG")).orElseThrow();
        bot.press(chat, chat, Messages.text("option.KIND.SHOP"));
        bot.awaitMessage(chat, Messages.SIZE_QUESTION);
        int answersBefore = bot.api.callbackAnswers().size();

        bot.api.pressButton(chat, chat, first.messageId(), stale);
        bot.api.pressButton(chat, chat, first.messageId(), "forged:data:that:is:not:ours");

        await().atMost(BotHarness.WAIT).until(() -> bot.api.callbackAnswers().size() >= answersBefore + 2);
        List<ApiCall> answers = bot.api.callbackAnswers();
        assertThat(answers.subList(answersBefore, answers.size()))
                .allSatisfy(a -> assertThat(a.params().toString()).contains("expired"));
        bot.api.sendText(chat, chat, "/summary");
        assertThat(bot.awaitDocument(chat)).contains(Messages.text("option.KIND.SHOP"))
                .doesNotContain(Messages.text("option.KIND.BLOG"));
    }

    @Test
    void shouldShowAtMostEightChoicesAndTheRestOnTheSameMessageAfterMore() {
        long chat = 1007;
        bot.api.sendText(chat, chat, "/start");
        ChatMessage question = bot.awaitMessage(chat, texts().get("question.kind.text"));
        String more = texts().get("button.more");
        assertThat(optionButtons(question, more)).hasSizeLessThanOrEqualTo(8);
        assertThat(question.keyboard()).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(4));

        String further = texts().option(Question.KIND, AppKind.OTHER);
        assertThat(BotHarness.buttonData(question, further)).isEmpty();
        bot.press(chat, chat, more);

        ChatMessage edited = bot.awaitChat(chat, messages -> messages.stream().anyMatch(m -> m.messageId()
                == question.messageId() && BotHarness.buttonData(m, further).isPresent())).stream()
                .filter(m -> m.messageId() == question.messageId()).findFirst().orElseThrow();
        assertThat(optionButtons(edited, texts().get("button.first-options"))).hasSizeLessThanOrEqualTo(8);
        bot.press(chat, chat, further);
        bot.awaitMessage(chat, texts().get("question.size.text"));
    }

    @Test
    void shouldGoBackWithTheAnswerTickedAndCancelOnlyOnceConfirmedWithAnUndo() {
        long chat = 1008;
        bot.api.sendText(chat, chat, "/start");
        bot.awaitMessage(chat, texts().get("question.kind.text"));
        String shop = texts().option(Question.KIND, AppKind.SHOP);
        bot.press(chat, chat, shop);
        bot.awaitMessage(chat, texts().get("question.size.text"));

        bot.press(chat, chat, texts().get("button.back"));
        ChatMessage again = bot.awaitChat(chat, messages -> messages.stream().filter(m -> m.text().contains(
                texts().get("question.kind.text"))).count() == 2).stream()
                .filter(m -> m.text().contains(texts().get("question.kind.text"))).reduce((a, b) -> b).orElseThrow();
        assertThat(BotHarness.button(again, "✓ " + shop)).as("the answer shown ticked").isNotNull();

        bot.api.sendText(chat, chat, "/cancel");
        bot.awaitMessage(chat, texts().get("confirm.cancel"));
        bot.press(chat, chat, texts().get("button.confirm-delete"));
        bot.awaitMessage(chat, texts().get("undo.offer"));
        bot.press(chat, chat, texts().get("button.undo"));
        bot.awaitMessage(chat, texts().get("undone"));
        bot.api.sendText(chat, chat, "/summary");
        assertThat(bot.awaitDocument(chat)).contains(shop);
    }

    /** The option buttons of a question message: the rows above the pager. */
    private static List<String> optionButtons(ChatMessage message, String pager) {
        List<String> labels = new ArrayList<>();
        for (List<Map<String, String>> row : message.keyboard()) {
            if (row.stream().anyMatch(b -> pager.equals(b.get("text")))) {
                return labels;
            }
            row.forEach(b -> labels.add(b.get("text")));
        }
        throw new AssertionError("no '" + pager + "' button in " + message.keyboard());
    }

    @Test
    void shouldEscapeHostileTextAndStayWithinTelegramsLimits() {
        long chat = 1003;
        bot.api.sendText(chat, chat, "/start");
        bot.awaitMessage(chat, Messages.FIRST_QUESTION);
        for (String hostile : List.of("<b>bold</b> & <script>alert(1)</script>", "*bold* _it_ [x](y) `code`",
                "x".repeat(10_000), "\u202Eabc\u200B\u200Fdef", "/start@OtherBot", "/nosuchcommand <i>")) {
            int before = bot.chat(chat).size();
            bot.api.sendText(chat, chat, hostile);
            bot.awaitChat(chat, messages -> messages.size() > before);
        }
        assertThat(bot.api.calls("sendMessage")).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
        bot.api.sendText(chat, chat, "/summary");
        // None of that was an answer: there is nothing to summarise, and the bot says what is missing.
        bot.awaitMessage(chat, texts().get("follow-up.too-little"));
    }

    @Test
    void shouldReplyHelpfullyToStickersAndEditsAndIgnoreChannelPosts() {
        long chat = 1004;
        bot.api.sendUpdate("{\"message\":{\"message_id\":50,\"date\":1700000000,\"chat\":{\"id\":1004,\"type\":"
                + "\"private\"},\"from\":{\"id\":1004,\"is_bot\":false,\"first_name\":\"U\"},\"sticker\":{\"file_id\":"
                + "\"f\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,\"height\":1,\"is_animated\":false,"
                + "\"is_video\":false}}}");
        bot.awaitMessage(chat, Messages.text("telegram.unsupported.content"));
        bot.api.sendUpdate("{\"edited_message\":{\"message_id\":51,\"date\":1700000000,\"edit_date\":1700000001,"
                + "\"chat\":{\"id\":1004,\"type\":\"private\"},\"from\":{\"id\":1004,\"is_bot\":false,"
                + "\"first_name\":\"U\"},\"text\":\"edited\"}}");
        bot.awaitMessage(chat, Messages.text("telegram.unsupported.edit"));
        bot.api.sendUpdate("{\"channel_post\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":-5005,\"type\":\"channel\"},\"text\":\"news\"}}");
        bot.api.sendText(chat, chat, "/help");

        // Channel posts are not among the updates the bot asks for; whatever comes, polling goes on.
        bot.awaitMessage(chat, Messages.text("help.title"));
        assertThat(bot.chat(-5005)).isEmpty();
    }

    @Test
    void shouldKeepOneConversationPerUserInAGroupAndIgnoreChatter() {
        long group = -4001;
        bot.api.sendGroupText(group, 11, "good morning everyone", null);
        bot.api.sendGroupText(group, 11, "/start", null);
        bot.awaitMessage(group, Messages.FIRST_QUESTION);
        bot.api.sendGroupText(group, 12, "/start@AdvisorTestBot", null);
        bot.awaitChat(group, messages -> messages.stream()
                .filter(m -> m.text().contains(Messages.FIRST_QUESTION)).count() == 2);
        List<ChatMessage> questions = bot.chat(group).stream()
                .filter(m -> m.text().contains(Messages.FIRST_QUESTION)).toList();
        ChatMessage elevens = questions.get(0);
        ChatMessage twelves = questions.get(1);
        bot.api.pressButton(group, 11, elevens.messageId(), BotHarness.buttonData(elevens, Messages.text("option.KIND.SHOP")).orElseThrow());
        bot.awaitMessage(group, Messages.SIZE_QUESTION);

        // Each member's answer edits their own question message, never the other member's.
        bot.awaitChat(group, messages -> messages.stream().anyMatch(m -> m.messageId() == elevens.messageId()
                && m.text().contains("→") && m.text().contains(Messages.text("option.KIND.SHOP")) && m.keyboard().isEmpty()));
        assertThat(bot.chat(group)).filteredOn(m -> m.messageId() == twelves.messageId()).singleElement()
                .satisfies(m -> assertThat(BotHarness.buttonData(m, Messages.text("option.KIND.SHOP"))).isPresent());

        bot.api.sendGroupText(group, 12, "/summary", null);
        // User 12 has answered nothing (user 11's answer is not theirs): the kind of application is still open.
        ChatMessage summary = bot.awaitMessage(group, texts().get("follow-up.too-little"));
        assertThat(summary.text()).contains(texts().questionLabel(Question.KIND));
        assertThat(bot.chat(group)).noneMatch(m -> m.text().contains("good morning"));
    }

    @Test
    void shouldForgetEverythingStoredAboutTheUserOnRequest() {
        long chat = 1005;
        bot.api.sendText(chat, chat, "/start");
        bot.awaitMessage(chat, Messages.FIRST_QUESTION);
        var jdbc = bot.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        // The question's message id is recorded once Telegram has answered the send, a moment after it shows.
        await().atMost(BotHarness.WAIT)
                .until(() -> count(jdbc, "SELECT COUNT(*) FROM telegram_questions WHERE chat_id = 1005") == 1);

        bot.press(chat, chat, texts().option(Question.KIND, AppKind.SHOP));
        bot.awaitMessage(chat, texts().get("question.size.text"));
        bot.api.sendText(chat, chat, "/forget");
        bot.awaitMessage(chat, texts().get("confirm.forget"));
        assertThat(count(jdbc, "SELECT COUNT(*) FROM conversations WHERE chat_key = 'tg:1005'")).as("asked first")
                .isOne();
        bot.press(chat, chat, texts().get("button.confirm-delete"));
        bot.awaitMessage(chat, texts().get("forgotten"));

        assertThat(count(jdbc, "SELECT COUNT(*) FROM conversations WHERE chat_key = 'tg:1005'")).isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM telegram_chats WHERE chat_id = 1005")).isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM telegram_questions WHERE chat_id = 1005")).isZero();
    }

    private static int count(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static Texts texts() {
        return bot.context.getBean(Texts.class);
    }
}
