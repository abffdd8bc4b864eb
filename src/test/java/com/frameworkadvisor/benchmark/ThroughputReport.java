package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.benchmark.BotUnderLoad.Round;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The throughput section's tables: per load, the echo bot's and the advisor's rounds side by side. */
final class ThroughputReport {

    /** A load's rounds; the echo's and the advisor's i-th rounds ran one after the other. */
    record Measured(String label, int chats, int updatesPerRound, boolean paced, List<Round> echo,
                    List<Round> advisor) {

        Measured(String label, int chats, int updatesPerRound, boolean paced) {
            this(label, chats, updatesPerRound, paced, new ArrayList<>(), new ArrayList<>());
        }
    }

    private static final double THROUGHPUT_GOAL = 0.8;
    private static final double LATENCY_GOAL_MS = 20;
    private static final int LATENCY_GOAL_CHATS = 100;

    private final Table throughput;
    private final Table latency;

    ThroughputReport(int rounds) {
        throughput = new Table("Throughput: updates per second, closed loop without think time (median [min-max]"
                + " of " + rounds + " rounds; goal: advisor >= 80% of echo)",
                "chats", "updates/round", "echo updates/s", "advisor updates/s", "advisor/echo", "goal",
                "CPU ms/update: echo", "advisor");
        latency = new Table("Turn latency, ms: update queued in the fake -> last reply of the turn received by the"
                + " fake (median [min-max] of the rounds' percentiles; goal: advisor p99 < 20 ms at 100 chats)",
                "chats", "echo p50", "echo p99", "advisor p50", "advisor p99", "goal", "advisor p50 to 1st reply",
                "advisor handling/update", "advisor GC pauses/round");
    }

    ThroughputReport add(Measured m) {
        ToDoubleFunction<Round> p50 = r -> r.result().percentileNanos(50) / 1e6;
        ToDoubleFunction<Round> p99 = r -> r.result().percentileNanos(99) / 1e6;
        double advisorP99 = median(m.advisor().stream().mapToDouble(p99).toArray());
        latency.row(m.label(), spread(m.echo(), p50, "%.1f"), spread(m.echo(), p99, "%.1f"),
                spread(m.advisor(), p50, "%.1f"), spread(m.advisor(), p99, "%.1f"),
                m.chats() != LATENCY_GOAL_CHATS ? "" : verdict(advisorP99 < LATENCY_GOAL_MS),
                spread(m.advisor(), r -> r.result().firstReplyPercentileNanos(50) / 1e6, "%.1f"),
                spread(m.advisor(), Round::handlingMs, "%.1f"), collections(m.advisor()));
        if (m.paced()) {
            return this; // the rate is the one offered, not a throughput
        }
        double[] ratios = new double[m.advisor().size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = m.advisor().get(i).result().updatesPerSecond() / m.echo().get(i).result().updatesPerSecond();
        }
        ToDoubleFunction<Round> rate = r -> r.result().updatesPerSecond();
        throughput.row(m.label(), m.updatesPerRound(), spread(m.echo(), rate, "%.0f"),
                spread(m.advisor(), rate, "%.0f"),
                String.format(Locale.ROOT, "%.1f%% [%.1f-%.1f]", 100 * median(ratios),
                        100 * Arrays.stream(ratios).min().orElseThrow(),
                        100 * Arrays.stream(ratios).max().orElseThrow()),
                verdict(median(ratios) >= THROUGHPUT_GOAL), spread(m.echo(), Round::cpuMsPerUpdate, "%.2f"),
                spread(m.advisor(), Round::cpuMsPerUpdate, "%.2f"));
        return this;
    }

    void print() {
        throughput.print();
        latency.print();
    }

    /** The median round's collections: how many, and how long each took on average. */
    private static String collections(List<Round> rounds) {
        Round median = rounds.stream().sorted(Comparator.comparingLong(Round::gcPauses))
                .toList().get(rounds.size() / 2);
        return median.gcPauses() == 0 ? "0" : String.format(Locale.ROOT, "%d x %.0f ms", median.gcPauses(),
                (double) median.gcMs() / median.gcPauses());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String spread(List<Round> rounds, ToDoubleFunction<Round> value, String format) {
        double[] values = rounds.stream().mapToDouble(value).toArray();
        if (Arrays.stream(values).allMatch(Double::isNaN)) {
            return "-";
        }
        return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", median(values),
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
