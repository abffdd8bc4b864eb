package com.frameworkadvisor.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the benchmarks (all, or those named in the first argument, comma-separated) and prints their tables. */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** The sections, in the order they run; each is a class of this package with a no-argument constructor. */
    static final List<String> SECTIONS = List.of("EvaluationBenchmark", "StartupBenchmark", "ThroughputBenchmark",
            "StorageBenchmark", "MemoryBenchmark");

    static List<Benchmark> all() throws ReflectiveOperationException {
        List<Benchmark> benchmarks = new java.util.ArrayList<>();
        for (String section : SECTIONS) {
            Class<?> type = Class.forName(BenchmarkMain.class.getPackageName() + "." + section);
            benchmarks.add((Benchmark) type.getDeclaredConstructor().newInstance());
        }
        return benchmarks;
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = args.length == 0 || args[0].equals("all") ? Set.of()
                : Arrays.stream(args[0].split(",")).map(String::strip).collect(Collectors.toSet());
        Machine.describe().print();
        for (Benchmark benchmark : all()) {
            if (only.isEmpty() || only.contains(benchmark.name())) {
                benchmark.run();
            }
        }
    }
}
