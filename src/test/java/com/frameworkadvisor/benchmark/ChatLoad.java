package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.telegram.fake.ApiCall;
import com.frameworkadvisor.telegram.fake.CallFeed;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Simulated users, each in a private chat with the bot, writing their next message once the bot has answered the
 * last one (at once, or after thinking: {@link Pacing}), all driven from one thread that reads the fake's call log.
 *
 * <p>A turn is one update: it starts when the user's message is queued in the fake (just before
 * {@link FakeBotApi#sendText}) and ends when the fake receives the last request the bot makes in that chat in
 * answer to it (sendMessage, editMessageText, ...: any request with that chat_id). How many requests answer each
 * message is learnt beforehand ({@link ChatScript#calibrate}), so the end of a turn is known without waiting for
 * silence.
 */
final class ChatLoad {

    /**
     * How long a user thinks before writing the next message: uniformly between the two bounds, from a random source
     * seeded with the round's first chat id (the same for both bots). {@link #NONE} is a closed loop at full speed,
     * which measures throughput; with think time the load is a set rate, which measures latency.
     */
    record Pacing(Duration minThink, Duration maxThink) {

        static final Pacing NONE = new Pacing(Duration.ZERO, Duration.ZERO);

        long thinkNanos(Random random) {
            long min = minThink.toNanos();
            long max = maxThink.toNanos();
            return max <= min ? min : min + (long) (random.nextDouble() * (max - min));
        }

        boolean isNone() {
            return maxThink.isZero();
        }
    }

    /**
     * One round's outcome.
     *
     * @param latenciesNanos every turn's latency, unsorted
     * @param firstReplyNanos every turn's time to the first of its replies, unsorted
     * @param failedReplies  replies the fake answered with an error (counted as replies all the same)
     * @param extraReplies   requests in a finished chat after its last expected reply: a wrong calibration
     */
    record Result(int chats, int updates, long wallNanos, long[] latenciesNanos, long[] firstReplyNanos,
                  int failedReplies, int extraReplies) {

        double updatesPerSecond() {
            return updates * 1e9 / wallNanos;
        }

        long percentileNanos(double p) {
            return percentile(latenciesNanos, p);
        }

        long firstReplyPercentileNanos(double p) {
            return percentile(firstReplyNanos, p);
        }

        private static long percentile(long[] values, double p) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /** A user's next message, due at a moment of System.nanoTime(). */
    private record Due(long atNanos, Chat chat) {
    }

    private static final class Chat {
        final long id;
        int interview;
        int turn;
        int replies;
        Instant queuedAt;
        Instant firstReplyAt;
        Instant lastReplyAt;
        boolean finished;

        Chat(long id) {
            this.id = id;
        }
    }

    private ChatLoad() {
    }

    /**
     * Runs {@code interviews} interviews in each of {@code chats} chats with ids from {@code firstChatId}, all chats
     * at once (with think time, each chat's first message comes after a first think); fails when no turn ends for
     * {@code stall}.
     */
    static Result run(FakeBotApi api, CallFeed feed, ChatScript script, long firstChatId, int chats, int interviews,
                      Pacing pacing, Duration stall) throws InterruptedException {
        Map<Long, Chat> byId = new HashMap<>();
        PriorityQueue<Due> thinking = new PriorityQueue<>(Comparator.comparingLong(Due::atNanos));
        Random random = new Random(firstChatId);
        long[] latencies = new long[chats * interviews * script.turns()];
        long[] firstReplies = new long[latencies.length];
        int measured = 0;
        int finished = 0;
        int failed = 0;
        int extra = 0;
        feed.next(Duration.ZERO); // what came before this round is not part of it
        Instant start = Instant.now();
        for (int i = 0; i < chats; i++) {
            Chat chat = new Chat(firstChatId + i);
            byId.put(chat.id, chat);
            if (pacing.isNone()) {
                send(api, script, chat);
            } else {
                thinking.add(new Due(System.nanoTime() + pacing.thinkNanos(random), chat));
            }
        }
        Instant end = start;
        long lastProgress = System.nanoTime();
        while (finished < chats) {
            long now = System.nanoTime();
            while (!thinking.isEmpty() && thinking.peek().atNanos() <= now) {
                send(api, script, thinking.poll().chat());
            }
            long wait = thinking.isEmpty() ? 100_000_000L
                    : Math.min(100_000_000L, Math.max(0, thinking.peek().atNanos() - now));
            for (ApiCall call : feed.next(Duration.ofNanos(wait))) {
                Chat chat = chatOf(call, byId);
                if (chat == null) {
                    continue;
                }
                if (!call.succeeded()) {
                    failed++;
                }
                if (chat.finished) {
                    extra++;
                    continue;
                }
                if (chat.replies++ == 0) {
                    chat.firstReplyAt = call.at();
                }
                chat.lastReplyAt = max(chat.lastReplyAt, call.at());
                if (chat.replies < script.replies(chat.interview, chat.turn)) {
                    continue;
                }
                firstReplies[measured] = Duration.between(chat.queuedAt, chat.firstReplyAt).toNanos();
                latencies[measured++] = Duration.between(chat.queuedAt, chat.lastReplyAt).toNanos();
                end = max(end, chat.lastReplyAt);
                lastProgress = System.nanoTime();
                if (++chat.turn == script.turns()) {
                    chat.turn = 0;
                    chat.interview++;
                }
                if (chat.interview == interviews) {
                    chat.finished = true;
                    finished++;
                } else if (pacing.isNone()) {
                    send(api, script, chat);
                } else {
                    thinking.add(new Due(System.nanoTime() + pacing.thinkNanos(random), chat));
                }
            }
            if (System.nanoTime() - lastProgress > stall.toNanos()) {
                throw new IllegalStateException("No turn ended for " + stall + ": " + finished + " of " + chats
                        + " chats finished, " + measured + " turns measured, " + api.pendingUpdateCount()
                        + " updates waiting in the fake");
            }
        }
        // A reply beyond those expected would show up now.
        for (ApiCall call : feed.next(Duration.ofMillis(200))) {
            if (chatOf(call, byId) != null) {
                extra++;
            }
        }
        return new Result(chats, measured, Duration.between(start, end).toNanos(), latencies, firstReplies, failed,
                extra);
    }

    private static void send(FakeBotApi api, ChatScript script, Chat chat) {
        chat.replies = 0;
        chat.firstReplyAt = null;
        chat.lastReplyAt = null;
        chat.queuedAt = Instant.now();
        api.sendText(chat.id, chat.id, script.messages().get(chat.turn));
    }

    private static Chat chatOf(ApiCall call, Map<Long, Chat> chats) {
        Long chatId = ChatScript.replyChat(call);
        return chatId == null ? null : chats.get(chatId);
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
