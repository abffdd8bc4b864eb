package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.telegram.fake.CallFeed;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One bot under load: its fake Bot API, the feed of the fake's calls and the replies the bot gives per message.
 * Each round runs in fresh chats, and measures besides the turns the JVM's CPU time and, for the advisor, its own
 * update handling timer.
 */
final class BotUnderLoad {

    private static final Duration STALL = Duration.ofSeconds(60);
    private static final String HANDLING_TIMER = "advisor.updates.handling";

    private final String name;
    private final FakeBotApi api;
    private final CallFeed feed;
    private final ChatScript script;
    private final Supplier<Throwable> failure;
    private final MeterRegistry meters;
    private long nextChatId = 1_000_000;

    /**
     * @param failure why the bot stopped, or null while it runs
     * @param meters  the bot's meters when it has the handling timer, else null
     */
    BotUnderLoad(String name, FakeBotApi api, ChatScript script, Supplier<Throwable> failure, MeterRegistry meters) {
        this.name = name;
        this.api = api;
        this.feed = CallFeed.of(api);
        this.script = script;
        this.failure = failure;
        this.meters = meters;
    }

    /**
     * @param handlingMs     the bot's mean update handling time in the round (NaN without the timer)
     * @param cpuMsPerUpdate the JVM's CPU time in the round per update: the bot, the fake, the load driver, the JIT
     * @param gcPauses       garbage collections in the round, and their time in all ({@code gcMs}): with G1 their
     *                       pauses
     */
    record Round(ChatLoad.Result result, double handlingMs, double cpuMsPerUpdate, long gcPauses, long gcMs) {
    }

    /** Runs {@code interviews} interviews of the script's first {@code turns} messages in each of the chats. */
    Round round(int chats, int interviews, int turns, ChatLoad.Pacing pacing) throws InterruptedException {
        long firstChat = nextChatId;
        nextChatId += chats;
        double[] handlingBefore = handling();
        long cpuBefore = processCpuNanos();
        long[] gcBefore = garbageCollections();
        ChatLoad.Result result = ChatLoad.run(api, feed, script.prefix(turns), firstChat, chats, interviews, pacing,
                STALL);
        long cpu = processCpuNanos() - cpuBefore;
        long[] gcAfter = garbageCollections();
        double[] handlingAfter = handling();
        if (failure.get() != null) {
            throw new IllegalStateException("The " + name + " bot stopped", failure.get());
        }
        if (result.extraReplies() > 0 || result.failedReplies() > 0) {
            System.out.printf("throughput: %s, %d chats: %d unexpected and %d failed replies%n", name, chats,
                    result.extraReplies(), result.failedReplies());
        }
        double handled = handlingAfter[0] - handlingBefore[0];
        return new Round(result, handled == 0 ? Double.NaN : (handlingAfter[1] - handlingBefore[1]) / handled,
                cpu / 1e6 / result.updates(), gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
    }

    /** The bot's own timer of update handling (the transaction: rules, storage, outbox): count and total ms. */
    private double[] handling() {
        double count = 0;
        double totalMs = 0;
        if (meters != null) {
            for (Timer timer : meters.find(HANDLING_TIMER).timers()) {
                count += timer.count();
                totalMs += timer.totalTime(TimeUnit.MILLISECONDS);
            }
        }
        return new double[] {count, totalMs};
    }

    /** Collections so far, and their time in ms. */
    private static long[] garbageCollections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            ms += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
