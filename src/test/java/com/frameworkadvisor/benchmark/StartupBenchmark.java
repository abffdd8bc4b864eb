package com.frameworkadvisor.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from launching the program to its being ready, rule compilation included: each measurement is a fresh JVM
 * running {@link StartupProbe} on this benchmark's classpath, for today's rules and for a base ten times larger.
 * The first launch of each is not counted (it warms the OS file cache); the others alternate between the two.
 */
final class StartupBenchmark implements Benchmark {

    static final long GOAL_MILLIS = 3000;
    private static final int MEASURED_RUNS = 5;
    private static final int COPIES = 9;
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern PROBE = Pattern.compile(
            StartupProbe.MARKER + " uptime-ms=(\\d+) rules-ms=(\\d+) waited-ms=(\\d+) rules=(\\d+)");

    /**
     * One start: wall time from launch to the ready line, the JVM's own uptime then, the rule compilation (on a
     * thread of its own) and how long the start waited for it once everything else was ready.
     */
    record Launch(long readyMillis, long uptimeMillis, long rulesMillis, long waitedMillis, int rules) {
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run() throws Exception {
        Path rules = Path.of("rules").toAbsolutePath();
        Path multiplied = MultipliedRuleBase.write(rules, COPIES);
        try {
            Map<String, Path> variants = new LinkedHashMap<>();
            variants.put("today", rules);
            variants.put("x" + (COPIES + 1) + " (generated)", multiplied);
            System.out.printf("%nStart-up: a fresh JVM per start (%s: default JVM flags, H2 in memory, no web server),"
                    + " %d counted starts per rule base after one uncounted; load average before: %.2f%n",
                    StartupProbe.class.getSimpleName(), MEASURED_RUNS,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Map<String, Launch> first = new LinkedHashMap<>();
            Map<String, List<Launch>> measured = new LinkedHashMap<>();
            for (Map.Entry<String, Path> variant : variants.entrySet()) {
                first.put(variant.getKey(), launch(variant.getValue()));
                measured.put(variant.getKey(), new ArrayList<>());
            }
            for (int run = 0; run < MEASURED_RUNS; run++) {
                for (Map.Entry<String, Path> variant : variants.entrySet()) {
                    measured.get(variant.getKey()).add(launch(variant.getValue()));
                }
            }
            report(first, measured);
            PackagedJarStartup.run(rules, MEASURED_RUNS, GOAL_MILLIS);
        } finally {
            MultipliedRuleBase.delete(multiplied);
        }
    }

    private static void report(Map<String, Launch> first, Map<String, List<Launch>> measured) {
        Table table = new Table("Start-up, launch to ready (ms; median and min-max of " + MEASURED_RUNS + " starts)",
                "rule base", "rules", "launch to ready", "min-max", "JVM uptime at ready", "rule compilation (own thread)",
                "start waited for rules", "first start (not counted)");
        measured.forEach((variant, launches) -> table.row(variant, launches.get(0).rules(),
                median(launches, Launch::readyMillis), range(launches, Launch::readyMillis),
                median(launches, Launch::uptimeMillis), median(launches, Launch::rulesMillis),
                median(launches, Launch::waitedMillis), first.get(variant).readyMillis()));
        table.print();
        long today = median(measured.values().iterator().next(), Launch::readyMillis);
        System.out.printf("Goal: ready < %.0f s today: %s (median %d ms)%n", GOAL_MILLIS / 1000.0,
                today < GOAL_MILLIS ? "met" : "missed", today);
    }

    private static long median(List<Launch> launches, ToLongFunction<Launch> value) {
        long[] sorted = launches.stream().mapToLong(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String range(List<Launch> launches, ToLongFunction<Launch> value) {
        return launches.stream().mapToLong(value).min().orElse(0) + "-"
                + launches.stream().mapToLong(value).max().orElse(0);
    }

    /**
     * The settings of every measured start, whatever launches it: no web server, no terminal chat, no rule watcher,
     * H2 in memory. Command-line arguments, because application.properties overrides default properties.
     */
    static List<String> applicationArguments(Path rules) {
        return List.of("--spring.main.web-application-type=none", "--advisor.console.enabled=false",
                "--advisor.rules.watch=false", "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1",
                "--advisor.rules.path=" + rules);
    }

    /** Starts the program on these rules in a new JVM and waits for its ready line; any failure stops the run. */
    static Launch launch(Path rules) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()));
        command.addAll(applicationArguments(rules));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // A start that hangs is killed, which ends its output and so the loop below.
        process.onExit().orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).exceptionally(timeout -> {
            process.destroyForcibly();
            return process;
        });
        Deque<String> tail = new ArrayDeque<>();
        long readyAt = 0;
        Matcher probe = null;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                Matcher matcher = PROBE.matcher(line);
                if (matcher.find()) {
                    readyAt = System.nanoTime();
                    probe = matcher;
                }
                tail.addLast(line);
                if (tail.size() > 40) {
                    tail.removeFirst();
                }
            }
        }
        if (probe == null || process.waitFor() != 0) {
            throw new IllegalStateException("The start with the rules in " + rules + " failed; its last lines:\n"
                    + String.join("\n", tail));
        }
        return new Launch(TimeUnit.NANOSECONDS.toMillis(readyAt - started), Long.parseLong(probe.group(1)),
                Long.parseLong(probe.group(2)), Long.parseLong(probe.group(3)), Integer.parseInt(probe.group(4)));
    }
}
