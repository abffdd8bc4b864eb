package com.frameworkadvisor.benchmark;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the benchmarks (all, or those named in the first argument, comma-separated) and prints their tables. */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** The sections, in the order they run: the name to select one by, and its class in this package. */
    static final java.util.Map<String, String> SECTIONS = new java.util.LinkedHashMap<>();

    static {
        SECTIONS.put("evaluation", "EvaluationBenchmark");
        SECTIONS.put("startup", "StartupBenchmark");
        SECTIONS.put("throughput", "ThroughputBenchmark");
        SECTIONS.put("storage", "StorageBenchmark");
        SECTIONS.put("memory", "MemoryBenchmark");
        SECTIONS.put("understanding", "UnderstandingBenchmark");
        SECTIONS.put("team", "TeamBenchmark");
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = args.length == 0 || args[0].equals("all") ? SECTIONS.keySet()
                : Arrays.stream(args[0].split(",")).map(String::strip).collect(Collectors.toSet());
        Machine.describe().print();
        for (var section : SECTIONS.entrySet()) {
            if (only.contains(section.getKey())) {
                Class<?> type = Class.forName(BenchmarkMain.class.getPackageName() + "." + section.getValue());
                ((Benchmark) type.getDeclaredConstructor().newInstance()).run();
            }
        }
    }
}
