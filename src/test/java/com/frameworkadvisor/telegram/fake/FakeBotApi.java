package com.frameworkadvisor.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Telegram Bot API server for tests, on 127.0.0.1 and a free port, to be driven by the real TelegramBots client:
 * {@code new OkHttpTelegramClient(okHttp, token, new TelegramUrl("http", "127.0.0.1", fake.port(), false))}.
 *
 * <p>Tests play the users ({@link #sendText}, {@link #pressButton}, {@link #sendUpdate}), read what the bot did
 * ({@link #calls()}, {@link #chat}) and schedule faults ({@link #failNext}, {@link #dropNext}). Every request is
 * served on its own thread, so a held long poll never delays a sendMessage.
 */
public final class FakeBotApi implements AutoCloseable {

    static {
        // The JDK's HttpServer leaves Nagle's algorithm on: it writes an answer's headers and body separately, so
        // the body waits for the client's delayed ACK, about 40 ms on Linux loopback, and every Bot API call would
        // take that long. Telegram answers without such a pause. The server reads the setting once, when the first
        // one starts in the JVM, and no other part of the tests or benchmarks starts one.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
    /** Callback query ids are long numbers in Telegram, sent as strings. */
    private static final long FIRST_CALLBACK_QUERY_ID = 4_000_000_000_000_000_001L;

    private final HttpServer server;
    private final ExecutorService executor;
    private final UpdateQueue updates = new UpdateQueue();
    private final Chats chats = new Chats();
    private final Faults faults = new Faults();
    private final CallLog calls = new CallLog();
    private final BotApiHandler handler;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong nextCallbackQueryId = new AtomicLong(FIRST_CALLBACK_QUERY_ID);

    private FakeBotApi(String token) throws IOException {
        handler = new BotApiHandler(token, new BotMethods(updates, chats), updates, faults, calls);
        executor = Executors.newCachedThreadPool(daemonThreads());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), 0);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server that accepts this token; any other token is answered with 401 Unauthorized. */
    public static FakeBotApi start(String token) {
        try {
            return new FakeBotApi(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port();
    }

    /** Ends held long polls (they return no updates), lets answers under way finish, and stops the server. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        updates.close();
        try {
            handler.awaitIdle(CLOSE_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // --- updates the users send ---

    /** A user writes in their private chat with the bot; returns the update_id. */
    public long sendText(long chatId, long userId, String text) {
        chats.remember(chatId, Chats.PRIVATE);
        return queueMessage(TelegramObjects.userMessage(chats.nextMessageId(chatId), chatId, Chats.PRIVATE, userId,
                text));
    }

    /** Gives the user a first name, which every message and press of theirs carries from now on. */
    public void name(long userId, String firstName) {
        TelegramObjects.name(userId, firstName);
    }

    /** The bot sees a member leave a group: the service message Telegram sends there. */
    public long leaveGroup(long chatId, long userId) {
        chats.remember(chatId, Chats.GROUP);
        ObjectNode message = Json.object().put("message_id", chats.nextMessageId(chatId));
        message.set("from", TelegramObjects.user(userId));
        message.set("chat", TelegramObjects.chat(chatId, Chats.GROUP));
        message.put("date", Chats.now());
        message.set("left_chat_member", TelegramObjects.user(userId));
        return queueMessage(message);
    }

    /** A user writes in a group ("group" chat), optionally replying to one of the bot's messages there. */
    public long sendGroupText(long chatId, long userId, String text, Long replyToBotMessageId) {
        chats.remember(chatId, Chats.GROUP);
        ObjectNode message = TelegramObjects.userMessage(chats.nextMessageId(chatId), chatId, Chats.GROUP, userId,
                text);
        if (replyToBotMessageId != null) {
            message.set("reply_to_message", botMessage(chatId, replyToBotMessageId));
        }
        return queueMessage(message);
    }

    /**
     * A user presses an inline button under one of the bot's messages. The callback query carries the message as the
     * user sees it now; {@code data} is not checked against the keyboard, so stale or forged presses can be tested.
     */
    public long pressButton(long chatId, long userId, long messageId, String data) {
        ObjectNode query = Json.object().put("id", String.valueOf(nextCallbackQueryId.getAndIncrement()));
        query.set("from", TelegramObjects.user(userId));
        query.set("message", botMessage(chatId, messageId));
        query.put("chat_instance", String.valueOf(-chatId)).put("data", data);
        ObjectNode update = Json.object();
        update.set("callback_query", query);
        return updates.add(update);
    }

    /** Queues any update object, e.g. {@code {"edited_message":{...}}}; the fake adds the update_id it returns. */
    public long sendUpdate(String updateJsonWithoutId) {
        JsonNode update = Json.parse(updateJsonWithoutId);
        if (!update.isObject() || update.has("update_id")) {
            throw new IllegalArgumentException("Expected an update object without update_id: " + updateJsonWithoutId);
        }
        return updates.add(update);
    }

    /**
     * Queues an update whose {@code field} ("message", ...) holds the given JSON text as it is, unparsed: for
     * updates no JSON library would accept, such as nesting deeper than any parser allows.
     */
    public long sendRawUpdate(String field, String rawJson) {
        ObjectNode update = Json.object();
        update.putRawValue(field, new RawValue(rawJson));
        return updates.add(update);
    }

    /**
     * Delivers the update once more with the same update_id, even if the bot had confirmed it, as Telegram does when
     * the confirming getUpdates was lost. An update still pending will come again anyway, so nothing changes then.
     */
    public void redeliver(long updateId) {
        updates.redeliver(updateId);
    }

    // --- what the bot did ---

    /** Every request, in the order the answers were sent. */
    public List<ApiCall> calls() {
        return calls.all();
    }

    /** The requests for one method; the name matches in any case, as in Telegram. */
    public List<ApiCall> calls(String method) {
        return calls.of(method);
    }

    /** The largest offset any getUpdates request carried, 0 if none did. */
    public long highestOffsetRequested() {
        return updates.highestOffset();
    }

    /** getUpdates requests received so far, including one being held and those answered with a fault. */
    public int getUpdatesCount() {
        return updates.received();
    }

    /** The bot's messages in this chat as the user sees them now, in message_id order (deleted ones are gone). */
    public List<ChatMessage> chat(long chatId) {
        return chats.messages(chatId);
    }

    public List<ApiCall> callbackAnswers() {
        return calls(BotMethods.ANSWER_CALLBACK_QUERY);
    }

    /** Blocks until at least {@code count} calls of the method have been answered; false if the timeout came first. */
    public boolean awaitCalls(String method, int count, Duration timeout) {
        try {
            return calls.await(method, count, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Blocks until a getUpdates request is being held here, i.e. the bot is waiting for updates. */
    public boolean awaitLongPoll(Duration timeout) {
        try {
            return updates.awaitHeldPoll(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Updates not yet confirmed by the bot. */
    public int pendingUpdateCount() {
        return updates.pendingCount();
    }

    // --- faults: each is used by one call, first in first out per method ---

    /** The next call of the method gets this Bot API error; retry_after goes into "parameters" when given. */
    public void failNext(String method, int httpStatus, String description, Integer retryAfterSeconds) {
        faults.add(method, new Faults.Fail(new ApiError(httpStatus, description, retryAfterSeconds)));
    }

    /** The next call of the method gets this status and body as is, e.g. a proxy's HTML page for 502. */
    public void failNextRaw(String method, int httpStatus, String contentType, String body) {
        faults.add(method, new Faults.Raw(httpStatus, contentType, body));
    }

    /** The next call of the method is not carried out, and its connection is closed without an answer. */
    public void dropNext(String method) {
        faults.add(method, new Faults.Drop());
    }

    /** The next getUpdates calls return [] at once, whatever their timeout and however many updates wait. */
    public void answerGetUpdatesEarlyAndEmpty(int times) {
        updates.answerEarlyAndEmpty(times);
    }

    /** From now on every call is answered 401 Unauthorized, as after the token was revoked in BotFather. */
    public void rejectToken() {
        handler.revokeToken();
    }

    private long queueMessage(ObjectNode message) {
        ObjectNode update = Json.object();
        update.set("message", message);
        return updates.add(update);
    }

    private ObjectNode botMessage(long chatId, long messageId) {
        Chats.BotMessage message = chats.find(chatId, messageId).orElseThrow(() -> new IllegalArgumentException(
                "The bot has no message " + messageId + " in chat " + chatId));
        return TelegramObjects.botMessage(message, chats.type(chatId));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fake-bot-api-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
