package com.frameworkadvisor.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake, driven by the real TelegramBots client exactly as the bot drives Telegram. */
class FakeBotApiTests {

    private static final String TOKEN = "123456:fake-token";
    private static final long CHAT = 42;
    private static final long USER = 42;
    private static final long GROUP = -100;

    private final FakeBotApi fake = FakeBotApi.start(TOKEN);
    private final OkHttpClient okHttp = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    private final OkHttpTelegramClient telegram = clientWithToken(TOKEN);

    @AfterEach
    void stop() {
        fake.close();
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
    }

    @Test
    void shouldAnswerGetMeWithTheBotIdentity() throws Exception {
        User me = telegram.execute(new GetMe());

        assertThat(me.getId()).isEqualTo(777L);
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getFirstName()).isEqualTo("Advisor");
        assertThat(me.getUserName()).isEqualTo("AdvisorTestBot");
        assertThat(fake.calls()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("getMe");
            assertThat(call.status()).isEqualTo(200);
        });
    }

    @Test
    void shouldReturnAHeldLongPollAsSoonAsAUserWrites() throws Exception {
        CompletableFuture<List<Update>> poll = telegram.executeAsync(poll(null, 20)).thenApply(List::copyOf);
        assertThat(fake.awaitLongPoll(Duration.ofSeconds(5))).isTrue();

        long started = System.nanoTime();
        long updateId = fake.sendText(CHAT, USER, "/start now");
        List<Update> updates = poll.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.getUpdateId()).isEqualTo((int) updateId);
            Message message = update.getMessage();
            assertThat(message.getText()).isEqualTo("/start now");
            // TelegramBots 10.2 quirk: isCommand() reads entity texts that only getEntities() fills in
            assertThat(message.isCommand()).isFalse();
            assertThat(message.getEntities()).singleElement().satisfies(entity -> {
                assertThat(entity.getType()).isEqualTo("bot_command");
                assertThat(entity.getText()).isEqualTo("/start");
            });
            assertThat(message.isCommand()).isTrue();
            assertThat(message.getChatId()).isEqualTo(CHAT);
            assertThat(message.getChat().isUserChat()).isTrue();
            assertThat(message.getFrom().getId()).isEqualTo(USER);
        });
    }

    @Test
    void shouldHoldAnEmptyLongPollForItsTimeout() throws Exception {
        long started = System.nanoTime();

        List<Update> updates = telegram.execute(poll(null, 1));

        assertThat(updates).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void shouldServeSendsWhileALongPollIsHeld() throws Exception {
        CompletableFuture<?> poll = telegram.executeAsync(poll(null, 20));
        assertThat(fake.awaitLongPoll(Duration.ofSeconds(5))).isTrue();

        Message sent = telegram.executeAsync(text("Hello")).get(2, TimeUnit.SECONDS);

        assertThat(sent.getText()).isEqualTo("Hello");
        assertThat(fake.awaitCalls("sendMessage", 1, Duration.ofSeconds(1))).isTrue();
        assertThat(fake.awaitCalls("getUpdates", 1, Duration.ofMillis(100))).as("still held").isFalse();
        assertThat(poll).isNotDone();
    }

    @Test
    void shouldReleaseAHeldLongPollWhenClosed() throws Exception {
        CompletableFuture<?> poll = telegram.executeAsync(poll(null, 20));
        assertThat(fake.awaitLongPoll(Duration.ofSeconds(5))).isTrue();

        fake.close();

        assertThat(poll).succeedsWithin(Duration.ofSeconds(2)).isEqualTo(List.of());
    }

    @Test
    void shouldSendOnlyTheUpdateTypesTheBotAskedFor() throws Exception {
        Message question = telegram.execute(SendMessage.builder().chatId(CHAT).text("Pick")
                .replyMarkup(keyboard("a")).build());
        fake.sendText(CHAT, USER, "typed instead");
        fake.pressButton(CHAT, USER, question.getMessageId(), "a");

        List<Update> updates = telegram.execute(GetUpdates.builder().timeout(0)
                .allowedUpdates(List.of("callback_query")).build());

        assertThat(updates).singleElement().satisfies(update -> assertThat(update.hasCallbackQuery()).isTrue());
        assertThat(fake.calls("getUpdates")).singleElement().satisfies(call -> {
            assertThat(call.params().get("allowed_updates").get(0).asText()).isEqualTo("callback_query");
            assertThat(call.params().has("method")).as("the client's echo of the method is left out").isFalse();
        });
    }

    @Test
    void shouldForgetUpdatesOnceAnOffsetConfirmsThem() throws Exception {
        fake.sendText(CHAT, USER, "one");
        long second = fake.sendText(CHAT, USER, "two");

        List<Update> first = telegram.execute(poll(null, 0));
        List<Update> again = telegram.execute(poll(null, 0));
        List<Update> confirmed = telegram.execute(poll(second + 1, 0));
        List<Update> afterConfirmation = telegram.execute(poll(null, 0));

        assertThat(first).extracting(update -> update.getMessage().getText()).containsExactly("one", "two");
        assertThat(again).hasSize(2);
        assertThat(confirmed).isEmpty();
        assertThat(afterConfirmation).isEmpty();
        assertThat(fake.highestOffsetRequested()).isEqualTo(second + 1);
        assertThat(fake.getUpdatesCount()).isEqualTo(4);
    }

    @Test
    void shouldRedeliverAConfirmedUpdateWithTheSameId() throws Exception {
        long id = fake.sendText(CHAT, USER, "hello");
        telegram.execute(poll(null, 0));
        assertThat(telegram.execute(poll(id + 1, 0))).isEmpty();

        fake.redeliver(id);
        List<Update> redelivered = telegram.execute(poll(id + 1, 0));

        assertThat(redelivered).singleElement().satisfies(update -> {
            assertThat(update.getUpdateId()).isEqualTo((int) id);
            assertThat(update.getMessage().getText()).isEqualTo("hello");
        });
        assertThat(telegram.execute(poll(id + 1, 0))).isEmpty();
    }

    @Test
    void shouldShowSentAndEditedMessagesInTheChat() throws Exception {
        Message sent = telegram.execute(SendMessage.builder().chatId(CHAT).text("<b>Flask</b> or Django?")
                .parseMode("HTML").replyMarkup(keyboard("flask", "django")).build());

        // editMessageText answers a Message for chat messages, true for inline ones, so the client types it loosely
        Message edited = (Message) telegram.execute((EditMessageText) EditMessageText.builder().chatId(CHAT)
                .messageId(sent.getMessageId()).text("You chose <i>Flask</i>").parseMode("HTML").build());

        assertThat(sent.getText()).isEqualTo("Flask or Django?");
        assertThat(sent.getReplyMarkup().getKeyboard()).hasSize(1);
        assertThat(edited.getText()).isEqualTo("You chose Flask");
        assertThat(edited.getEditDate()).isNotNull();
        assertThat(fake.chat(CHAT)).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(sent.getMessageId().longValue());
            assertThat(message.text()).isEqualTo("You chose <i>Flask</i>");
            assertThat(message.visibleText()).isEqualTo("You chose Flask");
            assertThat(message.parseMode()).isEqualTo("HTML");
            assertThat(message.keyboard()).as("an edit without reply_markup removes the keyboard").isEmpty();
            assertThat(message.edits()).isEqualTo(1);
        });
    }

    @Test
    void shouldApplyAKeyboardEdit() throws Exception {
        Message sent = telegram.execute(text("Pick one"));

        telegram.execute(EditMessageReplyMarkup.builder().chatId(CHAT).messageId(sent.getMessageId())
                .replyMarkup(keyboard("a", "b")).build());

        assertThat(fake.chat(CHAT)).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Pick one");
            assertThat(message.callbackData()).containsExactly("a", "b");
            assertThat(message.keyboard().get(0).get(0)).containsEntry("text", "a").containsEntry("callback_data", "a");
            assertThat(message.edits()).isEqualTo(1);
        });
    }

    @Test
    void shouldRejectAnEditThatChangesNothing() throws Exception {
        Message sent = telegram.execute(SendMessage.builder().chatId(CHAT).text("<b>Same</b>").parseMode("HTML")
                .build());

        assertThatThrownBy(() -> telegram.execute(EditMessageText.builder().chatId(CHAT)
                .messageId(sent.getMessageId()).text("<strong>Same</strong>").parseMode("HTML").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified");
                });
        assertThat(fake.calls("editMessageText")).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(400));
    }

    @Test
    void shouldRejectAnEditOfAnUnknownMessage() {
        assertThatThrownBy(() -> telegram.execute(EditMessageText.builder().chatId(CHAT).messageId(99).text("x")
                .build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message to edit not found"));
    }

    @Test
    void shouldRejectTextLongerThan4096Characters() throws Exception {
        telegram.execute(text("x".repeat(4096)));

        assertThatThrownBy(() -> telegram.execute(text("x".repeat(4097))))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getApiResponse()).isEqualTo("Bad Request: message is too long");
                });
        assertThat(fake.chat(CHAT)).hasSize(1);
    }

    @Test
    void shouldRejectHtmlWithUnescapedUserText() throws Exception {
        telegram.execute(html("<b>1 &lt; 2</b> &amp; <a href=\"https://flask.palletsprojects.com\">Flask</a>"));

        for (String broken : List.of("1 < 2", "<script>alert(1)</script>", "<b>unclosed", "<b>x</i>", "x</b>")) {
            assertThatThrownBy(() -> telegram.execute(html(broken)))
                    .as(broken)
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(400);
                        assertThat(e.getApiResponse()).startsWith("Bad Request: can't parse entities");
                    });
        }
        assertThat(fake.chat(CHAT)).singleElement().satisfies(message -> {
            assertThat(message.visibleText()).isEqualTo("1 < 2 & Flask");
            assertThat(message.parseMode()).isEqualTo("HTML");
        });
    }

    @Test
    void shouldRejectCallbackDataLongerThan64Bytes() throws Exception {
        telegram.execute(SendMessage.builder().chatId(CHAT).text("ok").replyMarkup(keyboard("d".repeat(64))).build());

        assertThatThrownBy(() -> telegram.execute(SendMessage.builder().chatId(CHAT).text("too long")
                .replyMarkup(keyboard("ж".repeat(33))).build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));
    }

    @Test
    void shouldDeliverAButtonPressAndRecordItsAnswer() throws Exception {
        fake.sendText(CHAT, USER, "/start");
        Message question = telegram.execute(SendMessage.builder().chatId(CHAT).text("Team size?")
                .replyMarkup(keyboard("solo", "team")).build());

        long pressId = fake.pressButton(CHAT, USER, question.getMessageId(), "team");
        List<Update> updates = telegram.execute(poll(null, 0));
        CallbackQuery press = updates.get(1).getCallbackQuery();
        telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(press.getId()).build());

        assertThat(updates.get(1).getUpdateId()).isEqualTo((int) pressId);
        assertThat(press.getData()).isEqualTo("team");
        assertThat(press.getFrom().getId()).isEqualTo(USER);
        assertThat(press.getMessage()).isInstanceOfSatisfying(Message.class, message -> {
            assertThat(message.getMessageId()).isEqualTo(question.getMessageId());
            assertThat(message.getText()).isEqualTo("Team size?");
        });
        assertThat(question.getMessageId()).as("user and bot messages share the chat's ids").isEqualTo(2);
        assertThat(fake.callbackAnswers()).singleElement()
                .satisfies(call -> assertThat(call.param("callback_query_id")).isEqualTo(press.getId()));
    }

    @Test
    void shouldDeliverGroupMessagesAndRawUpdates() throws Exception {
        fake.sendGroupText(GROUP, USER, "/advice@AdvisorTestBot", null);
        Message question = telegram.execute(SendMessage.builder().chatId(GROUP).text("Deadline?").build());
        fake.sendGroupText(GROUP, USER, "next week", question.getMessageId().longValue());
        fake.sendUpdate("""
                {"message":{"message_id":7,"date":1700000000,"chat":{"id":42,"type":"private"},
                 "from":{"id":42,"is_bot":false,"first_name":"Tester"},
                 "sticker":{"file_id":"s1","file_unique_id":"u1","type":"regular","width":512,"height":512,
                            "is_animated":false,"is_video":false}}}""");

        List<Update> updates = telegram.execute(poll(null, 0));

        assertThat(question.getChat().isGroupChat()).isTrue();
        assertThat(updates).hasSize(3);
        Message reply = updates.get(1).getMessage();
        assertThat(reply.getChat().isGroupChat()).isTrue();
        assertThat(reply.getReplyToMessage().getMessageId()).isEqualTo(question.getMessageId());
        assertThat(reply.getReplyToMessage().getFrom().getUserName()).isEqualTo("AdvisorTestBot");
        assertThat(updates.get(2).getMessage().getSticker().getFileId()).isEqualTo("s1");
        assertThat(updates.get(2).getUpdateId()).isEqualTo(updates.get(1).getUpdateId() + 1);
    }

    @Test
    void shouldSurfaceRetryAfterOfA429() throws Exception {
        fake.failNext("sendMessage", 429, "Too Many Requests: retry after 3", 3);

        assertThatThrownBy(() -> telegram.execute(text("first try")))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
                });
        telegram.execute(text("second try"));

        assertThat(fake.calls("sendMessage")).extracting(ApiCall::status).containsExactly(429, 200);
        assertThat(fake.chat(CHAT)).extracting(ChatMessage::text).containsExactly("second try");
    }

    @Test
    void shouldApplyFaultsInOrderOnePerCall() {
        fake.failNext("getUpdates", 409, "Conflict: terminated by other getUpdates request", null);
        fake.failNext("getUpdates", 502, "Bad Gateway", null);

        assertThatThrownBy(() -> telegram.execute(poll(null, 0))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(409));
        assertThatThrownBy(() -> telegram.execute(poll(null, 0))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(502));
        assertThat(fake.calls("getUpdates")).extracting(ApiCall::status).containsExactly(409, 502);
    }

    @Test
    void shouldSurfaceAProxyErrorPageAsAnUnreadableAnswer() {
        fake.failNextRaw("sendMessage", 502, "text/html", "<html><body>502 Bad Gateway</body></html>");

        assertThatThrownBy(() -> telegram.execute(text("hi")))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).as("the client reads the body, never the HTTP status").isZero();
                    assertThat(e).hasMessageContaining("Unable to deserialize response");
                });
    }

    @Test
    void shouldSurfaceADroppedConnectionAsANetworkError() throws Exception {
        telegram.execute(new GetMe()); // a pooled connection, which OkHttp would retry on silently if it could
        fake.dropNext("sendMessage");
        long started = System.nanoTime();

        assertThatThrownBy(() -> telegram.execute(text("lost")))
                .isInstanceOf(TelegramApiException.class)
                .isNotInstanceOf(TelegramApiRequestException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the client's read timeout")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(fake.chat(CHAT)).isEmpty();
        assertThat(fake.calls("sendMessage")).extracting(ApiCall::status).containsExactly(0);

        telegram.execute(text("delivered"));
        assertThat(fake.chat(CHAT)).extracting(ChatMessage::text).containsExactly("delivered");
    }

    @Test
    void shouldAnswer401ForAnotherTokenOrOnceTheTokenIsRejected() throws Exception {
        assertThatThrownBy(() -> clientWithToken("999:other").execute(new GetMe()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(401);
                    assertThat(e.getApiResponse()).isEqualTo("Unauthorized");
                });
        telegram.execute(new GetMe());

        fake.rejectToken();

        assertThatThrownBy(() -> telegram.execute(new GetMe())).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(401));
        assertThatThrownBy(() -> telegram.execute(poll(null, 0))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(401));
    }

    @Test
    void shouldAnswerGetUpdatesEarlyAndEmptyWhenAsked() throws Exception {
        fake.sendText(CHAT, USER, "waiting");
        fake.answerGetUpdatesEarlyAndEmpty(2);
        long started = System.nanoTime();

        List<Update> first = telegram.execute(poll(null, 20));
        List<Update> second = telegram.execute(poll(null, 20));
        List<Update> third = telegram.execute(poll(null, 20));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(first).isEmpty();
        assertThat(second).isEmpty();
        assertThat(third).singleElement()
                .satisfies(update -> assertThat(update.getMessage().getText()).isEqualTo("waiting"));
    }

    @Test
    void shouldEndAHeldLongPollWithConflictWhenAnotherArrives() throws Exception {
        CompletableFuture<?> older = telegram.executeAsync(poll(null, 20));
        assertThat(fake.awaitLongPoll(Duration.ofSeconds(5))).isTrue();

        List<Update> newer = telegram.execute(poll(null, 0));

        assertThat(newer).isEmpty();
        assertThat(older).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(Exception.class)
                .havingCause().isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(409));
    }

    @Test
    void shouldRefuseGetUpdatesWhileAWebhookIsSet() throws Exception {
        fake.sendText(CHAT, USER, "dropped with the webhook");
        telegram.execute(SetWebhook.builder().url("https://example.org/hook").build());

        assertThatThrownBy(() -> telegram.execute(poll(null, 0))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(409));
        telegram.execute(DeleteWebhook.builder().dropPendingUpdates(true).build());

        assertThat(telegram.execute(poll(null, 0))).isEmpty();
        assertThat(fake.calls("setWebhook")).singleElement()
                .satisfies(call -> assertThat(call.param("url")).isEqualTo("https://example.org/hook"));
    }

    @Test
    void shouldAnswerUnknownMethodsWith404() throws Exception {
        Request request = new Request.Builder().url(fake.baseUrl() + "/bot" + TOKEN + "/sendTelepathy")
                .post(RequestBody.create(new byte[0])).build();

        try (Response response = okHttp.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string())
                    .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }
    }

    private OkHttpTelegramClient clientWithToken(String token) {
        return new OkHttpTelegramClient(okHttp, token, new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    }

    private static GetUpdates poll(Long offset, int timeoutSeconds) {
        return GetUpdates.builder().offset(offset == null ? null : offset.intValue()).timeout(timeoutSeconds).build();
    }

    private static SendMessage text(String text) {
        return SendMessage.builder().chatId(CHAT).text(text).build();
    }

    /** With TelegramBots' own constant, which is "html": Telegram takes any case. */
    private static SendMessage html(String text) {
        return SendMessage.builder().chatId(CHAT).text(text).parseMode(ParseMode.HTML).build();
    }

    private static InlineKeyboardMarkup keyboard(String... callbackData) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (String data : callbackData) {
            row.add(InlineKeyboardButton.builder().text(data).callbackData(data).build());
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }
}
