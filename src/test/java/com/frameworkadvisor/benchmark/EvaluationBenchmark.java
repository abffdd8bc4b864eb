package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.analysis.FlipPointFinder;
import com.frameworkadvisor.knowledge.analysis.OpenQuestionRanker;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.rules.CompiledRules;
import com.frameworkadvisor.knowledge.rules.DirectoryRuleSource;
import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.knowledge.rules.RuleCompiler;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * How long the rules take to evaluate one profile, alone and as the full recommendation (which re-evaluates them
 * for every flip point and open question it tries). JMH, in a forked JVM per benchmark and profile; JMH's own log
 * goes to a file so that the report keeps to its tables.
 */
public final class EvaluationBenchmark implements Benchmark {

    static final double GOAL_MEDIAN_MICROS = 50;
    /** The benchmark runs in the project folder, and so do JMH's forks. */
    private static final Path RULES = Path.of("rules");
    private static final Path LOG = Path.of("target", "jmh-evaluation.log");
    /**
     * Seconds per fork. Twelve forks, each also starting a JVM and compiling the rules, keep the section under two
     * minutes on two cores; three seconds of warm-up are enough (the medians hold from the first measured second).
     */
    private static final int WARMUP_ITERATIONS = 3;
    private static final int MEASUREMENT_ITERATIONS = 3;

    @Override
    public String name() {
        return "evaluation";
    }

    @Override
    public void run() throws Exception {
        Files.createDirectories(LOG.getParent());
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(Measured.class.getCanonicalName()) + "\\.")
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                // A fixed heap; no logging, so the forks' log lines do not reach the report.
                .jvmArgs("-Xms1g", "-Xmx1g", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                        "-Dslf4j.internal.verbosity=WARN")
                .addProfiler(GCProfiler.class)
                .warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(1))
                .measurementIterations(MEASUREMENT_ITERATIONS).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .output(LOG.toString())
                .build();
        System.out.printf("%nEvaluation: JMH, 3 benchmarks x %d profiles, a fork for each; load average before: %.2f;"
                + " JMH's log: %s%n", BenchmarkProfiles.ALL.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), LOG);
        Collection<RunResult> results = new Runner(options).run();
        // The rules once more, here, to count evaluations; Drools at WARN, as the application sets it.
        LoggingSystem.get(EvaluationBenchmark.class.getClassLoader()).setLogLevel("org.drools", LogLevel.WARN);
        report(results, new RuleCompiler().compile(new DirectoryRuleSource(RULES)));
    }

    private static void report(Collection<RunResult> results, CompiledRules rules) {
        List<String> profiles = List.copyOf(BenchmarkProfiles.ALL.keySet());
        List<RunResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparing((RunResult r) -> method(r))
                .thenComparing(r -> profiles.indexOf(r.getParams().getParam("profile"))));
        Table table = new Table("Evaluation (µs per call; SampleTime, " + MEASUREMENT_ITERATIONS + " x 1 s after "
                + WARMUP_ITERATIONS + " x 1 s warm-up, 1 fork)",
                "benchmark", "profile", "samples", "p50", "p90", "p99", "allocated per call",
                "evaluations per call");
        double slowestEvaluationMedian = 0;
        String slowestProfile = "?";
        for (RunResult result : ordered) {
            Statistics stats = result.getPrimaryResult().getStatistics();
            String profile = result.getParams().getParam("profile");
            table.row(method(result), profile, stats.getN(), micros(stats.getPercentile(50)),
                    micros(stats.getPercentile(90)), micros(stats.getPercentile(99)),
                    allocated(result.getSecondaryResults().get("gc.alloc.rate.norm")),
                    evaluationsPerCall(method(result), rules, profile));
            if (method(result).equals("evaluate") && stats.getPercentile(50) >= slowestEvaluationMedian) {
                slowestEvaluationMedian = stats.getPercentile(50);
                slowestProfile = profile;
            }
        }
        table.print();
        System.out.printf("Goal: evaluation median < %.0f µs: %s (slowest median %s µs, profile %s)%n",
                GOAL_MEDIAN_MICROS, slowestEvaluationMedian < GOAL_MEDIAN_MICROS ? "met" : "missed",
                micros(slowestEvaluationMedian), slowestProfile);
    }

    /** How many evaluations one call makes: the analysis of {@link Advisor#outlook} or {@link Advisor#recommend}. */
    private static int evaluationsPerCall(String method, CompiledRules rules, String profile) {
        AtomicInteger evaluations = new AtomicInteger();
        Function<Profile, Assessment> counted = answers -> {
            evaluations.incrementAndGet();
            return rules.evaluate(answers);
        };
        Assessment assessment = counted.apply(BenchmarkProfiles.named(profile));
        if (!method.equals("evaluate")) {
            new OpenQuestionRanker(counted).rank(assessment);
        }
        if (method.equals("recommend")) {
            new FlipPointFinder(counted).find(assessment);
        }
        return evaluations.get();
    }

    private static String method(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String allocated(Result<?> bytesPerCall) {
        if (bytesPerCall == null) {
            return "?";
        }
        double bytes = bytesPerCall.getScore();
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.0f KiB", bytes / 1024)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1 << 20));
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, value < 100 ? "%.1f" : "%.0f", value);
    }

    /** What JMH measures; public because JMH's generated code lives in another package. */
    @State(Scope.Benchmark)
    public static class Measured {

        @Param({BenchmarkProfiles.LARGE_SHOP, BenchmarkProfiles.SMALL_ML_API, BenchmarkProfiles.BEGINNERS_CMS,
                BenchmarkProfiles.ASYNC_API, BenchmarkProfiles.HALF_ANSWERED, BenchmarkProfiles.EMPTY})
        public String profile;

        private Profile answers;
        private CompiledRules rules;
        private Advisor advisor;

        @Setup
        public void setUp() {
            answers = BenchmarkProfiles.named(profile);
            RuleBase ruleBase = new RuleBase(new DirectoryRuleSource(RULES), new RuleCompiler());
            rules = ruleBase.current();
            advisor = new Advisor(ruleBase);
        }

        /** One evaluation of the rules: a session, the profile inserted, the rules fired, the evidence collected. */
        @org.openjdk.jmh.annotations.Benchmark
        public void evaluate(Blackhole blackhole) {
            blackhole.consume(rules.evaluate(answers));
        }

        /** What an interview turn that asks another question needs: the evaluation and the open questions ranked. */
        @org.openjdk.jmh.annotations.Benchmark
        public void outlook(Blackhole blackhole) {
            blackhole.consume(advisor.outlook(answers));
        }

        /** The full answer, for a turn that shows the result: the evaluation, the flip points, the open questions. */
        @org.openjdk.jmh.annotations.Benchmark
        public void recommend(Blackhole blackhole) {
            blackhole.consume(advisor.recommend(answers));
        }
    }
}
