package com.frameworkadvisor.benchmark;

import java.util.Arrays;

/** Turn latencies collected from several threads, summarised as mean and percentiles in milliseconds. */
final class Latencies {

    private long[] nanos = new long[1 << 12];
    private int count;

    synchronized void add(long latency) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latency;
    }

    synchronized String meanMillis() {
        return millis(Arrays.stream(nanos, 0, count).average().orElse(0));
    }

    synchronized String percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * count) - 1;
        return count == 0 ? "-" : millis(sorted[Math.max(0, Math.min(count - 1, rank))]);
    }

    private static String millis(double nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }
}
