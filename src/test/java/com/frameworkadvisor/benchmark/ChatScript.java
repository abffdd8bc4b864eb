package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.telegram.fake.ApiCall;
import com.frameworkadvisor.telegram.fake.CallFeed;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The messages of one interview and how many requests the bot makes in answer to each.
 *
 * @param firstReplies  per message, in a chat's first interview
 * @param repeatReplies per message, in the interviews after it (the same chat starting again)
 */
record ChatScript(List<String> messages, int[] firstReplies, int[] repeatReplies) {

    /** Requests that are not replies in a chat even when they carry a chat_id. */
    private static final Set<String> NOT_REPLIES = Set.of("getUpdates", "getMe", "setMyCommands", "deleteWebhook");

    static ChatScript oneReplyEach(List<String> messages) {
        int[] ones = new int[messages.size()];
        Arrays.fill(ones, 1);
        return new ChatScript(messages, ones, ones);
    }

    int replies(int interview, int turn) {
        return (interview == 0 ? firstReplies : repeatReplies)[turn];
    }

    int turns() {
        return messages.size();
    }

    /** The first {@code turns} messages only. */
    ChatScript prefix(int turns) {
        return new ChatScript(messages.subList(0, turns), Arrays.copyOf(firstReplies, turns),
                Arrays.copyOf(repeatReplies, turns));
    }

    /**
     * Learns how many requests answer each message: one chat runs three interviews, each message waiting until
     * the bot has been silent in the chat for {@code quiet}. The second and third interview must agree.
     *
     * @param transcript when true, prints each message and the start of each reply
     */
    static ChatScript calibrate(FakeBotApi api, CallFeed feed, List<String> messages, long chatId, Duration quiet,
                                 boolean transcript) throws InterruptedException {
        int[][] counts = new int[3][messages.size()];
        feed.next(Duration.ZERO);
        for (int interview = 0; interview < 3; interview++) {
            for (int turn = 0; turn < messages.size(); turn++) {
                api.sendText(chatId, chatId, messages.get(turn));
                if (transcript) {
                    System.out.println("> " + messages.get(turn));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                int replies = 0;
                while (System.nanoTime() < deadline) {
                    List<ApiCall> calls = feed.next(replies == 0 ? Duration.ofSeconds(10) : quiet);
                    List<ApiCall> mine = calls.stream().filter(c -> isReplyIn(c, chatId)).toList();
                    if (mine.isEmpty() && replies > 0) {
                        break;
                    }
                    replies += mine.size();
                    if (transcript) {
                        mine.forEach(c -> System.out.println("  < " + c.method() + " " + c.status() + ": "
                                + abbreviate(c.param("text"))));
                    }
                }
                if (replies == 0) {
                    throw new IllegalStateException("No reply to '" + messages.get(turn) + "'");
                }
                counts[interview][turn] = replies;
            }
        }
        if (!Arrays.equals(counts[1], counts[2])) {
            throw new IllegalStateException("The bot answers the same interview differently: "
                    + Arrays.toString(counts[1]) + " then " + Arrays.toString(counts[2]));
        }
        return new ChatScript(List.copyOf(messages), counts[0], counts[1]);
    }

    /** The chat a request replies in; null for requests that are no reply in a chat (getUpdates, getMe, ...). */
    static Long replyChat(ApiCall call) {
        String chatId = call.param("chat_id");
        return chatId == null || NOT_REPLIES.contains(call.method()) ? null : Long.parseLong(chatId);
    }

    private static boolean isReplyIn(ApiCall call, long chatId) {
        return Long.valueOf(chatId).equals(replyChat(call));
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace('\n', ' ');
        return line.length() > 110 ? line.substring(0, 110) + "…" : line;
    }
}
