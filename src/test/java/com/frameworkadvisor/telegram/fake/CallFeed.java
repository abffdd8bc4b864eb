package com.frameworkadvisor.telegram.fake;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls a {@link FakeBotApi} answers, read as a stream: each read returns only the calls answered since the
 * previous one, and waits for them when there are none. For load tests that follow thousands of chats, where
 * {@link FakeBotApi#calls()} would copy the whole log on every look and {@link FakeBotApi#awaitCalls} would scan
 * it under the log's lock on every call answered.
 *
 * <p>The fake keeps its log private, so the feed reaches it by reflection (same package, read once); a public
 * {@code FakeBotApi.callsSince(int)} would make that unnecessary.
 */
public final class CallFeed {

    private final CallLog log;
    private final List<ApiCall> calls;
    private int read;

    private CallFeed(CallLog log, List<ApiCall> calls) {
        this.log = log;
        this.calls = calls;
    }

    /** A feed starting with the next call the fake answers (the calls already logged are skipped). */
    public static CallFeed of(FakeBotApi api) {
        try {
            CallLog log = (CallLog) field(FakeBotApi.class, "calls").get(api);
            @SuppressWarnings("unchecked")
            List<ApiCall> calls = (List<ApiCall>) field(CallLog.class, "calls").get(log);
            CallFeed feed = new CallFeed(log, calls);
            synchronized (log) {
                feed.read = calls.size();
            }
            return feed;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The fake's call log is no longer where the feed expects it", e);
        }
    }

    /** The calls answered since the last read, waiting up to the timeout for one; empty when none came. */
    public List<ApiCall> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (log) {
            while (calls.size() == read) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return List.of();
                }
                // CallLog.add notifies every waiter on the log's monitor.
                log.wait(Math.max(1, left / 1_000_000));
            }
            List<ApiCall> fresh = new ArrayList<>(calls.subList(read, calls.size()));
            read = calls.size();
            return fresh;
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
