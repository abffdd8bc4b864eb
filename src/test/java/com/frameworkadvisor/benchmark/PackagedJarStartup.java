package com.frameworkadvisor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the packaged jar, launched with {@code java -jar}: the JVM's uptime when Spring logs that the
 * application has started (the rules are compiled and every component started by then). As built, and extracted
 * into a jar and its libraries ({@code -Djarmode=tools extract}, as Spring recommends for production and as the
 * Dockerfile runs it), on the JDK running the benchmark and on a newer one if {@code -Dbenchmark.jdk} names it:
 * from JDK 25 on, also with an ahead-of-time cache (JEP 483, 514) that a training start writes first.
 */
final class PackagedJarStartup {

    private static final Path JAR = Path.of("target", "framework-advisor.jar");
    private static final int AOT_CACHE_FROM = 25;
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern RELEASE = Pattern.compile("JAVA_VERSION=\"(\\d+)");
    /** Spring's own line; without a Telegram token the program logs to ./data/advisor.log. */
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in [\\d.]+ seconds \\(process running for ([\\d.]+)\\)");

    /** A JDK, the flags to start the jar with, and the jar. */
    record Setup(String label, Path javaHome, List<String> flags, Path jar) {
    }

    private PackagedJarStartup() {
    }

    static void run(Path rules, int runs, long goalMillis) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            System.out.println("start-up: no " + JAR + " (run through `./mvnw -Pbenchmark verify`); packaged jar skipped");
            return;
        }
        Path work = Files.createTempDirectory("startup-jar");
        try {
            List<Setup> setups = new ArrayList<>();
            Path current = Path.of(System.getProperty("java.home"));
            Path built = JAR.toAbsolutePath();
            Path extracted = extract(current, work);
            setups.add(new Setup("JDK " + feature(current) + ", jar as built", current, List.of(), built));
            setups.add(new Setup("JDK " + feature(current) + ", extracted", current, List.of(), extracted));
            String newer = System.getProperty("benchmark.jdk", "");
            if (!newer.isBlank()) {
                Path home = Path.of(newer);
                int version = feature(home);
                setups.add(new Setup("JDK " + version + ", extracted", home, List.of(), extracted));
                if (version >= AOT_CACHE_FROM) {
                    Path cache = work.resolve("app.aot");
                    train(home, cache, extracted, rules, work);
                    setups.add(new Setup("JDK " + version + ", extracted, AOT cache from a training start", home,
                            List.of("-XX:AOTCache=" + cache), extracted));
                }
            }
            Table table = new Table("Start-up of the packaged jar (java -jar), JVM uptime at \"Started\" (ms; median"
                    + " and min-max of " + runs + " starts after one uncounted)",
                    "JVM", "median", "min-max", "goal < " + goalMillis + " ms");
            for (Setup setup : setups) {
                launch(setup, rules, work);
                long[] millis = new long[runs];
                for (int run = 0; run < runs; run++) {
                    millis[run] = launch(setup, rules, work);
                }
                java.util.Arrays.sort(millis);
                long median = millis[runs / 2];
                table.row(setup.label(), median, millis[0] + "-" + millis[runs - 1],
                        median < goalMillis ? "met" : "missed");
            }
            table.print();
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One start in the working folder {@code work} (where the program keeps ./data): its uptime when started. */
    private static long launch(Setup setup, Path rules, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("data").resolve("advisor.log");
        Files.deleteIfExists(log);
        Process process = start(setup.javaHome(), setup.flags(), setup.jar(), rules, work);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            while (System.nanoTime() < deadline && process.isAlive()) {
                Matcher started = STARTED.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (started.find()) {
                    return Math.round(Double.parseDouble(started.group(1)) * 1000);
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("The jar did not start: " + Files.readString(work.resolve("output.txt")));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A training start that stops once the context is refreshed; the JVM writes the AOT cache as it exits. */
    private static void train(Path javaHome, Path cache, Path jar, Path rules, Path work)
            throws IOException, InterruptedException {
        Process process = start(javaHome, List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh"),
                jar, rules, work);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(cache)) {
            process.destroyForcibly();
            throw new IllegalStateException("The AOT training start failed: "
                    + Files.readString(work.resolve("output.txt")));
        }
    }

    /** The jar and its libraries side by side, as the Dockerfile runs it. */
    private static Path extract(Path javaHome, Path work) throws IOException, InterruptedException {
        Path destination = work.resolve("extracted");
        Process process = new ProcessBuilder(javaHome.resolve("bin").resolve("java").toString(), "-Djarmode=tools",
                "-jar", JAR.toAbsolutePath().toString(), "extract", "--destination", destination.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("output.txt").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Extracting the jar failed: " + Files.readString(work.resolve("output.txt")));
        }
        return destination.resolve(JAR.getFileName());
    }

    private static Process start(Path javaHome, List<String> flags, Path jar, Path rules, Path work)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(StartupBenchmark.applicationArguments(rules));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("output.txt").toFile()).start();
    }

    /** The JDK's feature version, from its release file. */
    private static int feature(Path javaHome) throws IOException {
        Matcher matcher = RELEASE.matcher(Files.readString(javaHome.resolve("release")));
        if (!matcher.find()) {
            throw new IllegalStateException("No JAVA_VERSION in " + javaHome.resolve("release"));
        }
        return Integer.parseInt(matcher.group(1));
    }
}
