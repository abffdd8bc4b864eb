package com.frameworkadvisor.benchmark;

/** One section of the benchmark run: it measures, then prints its own table to standard output. */
interface Benchmark {

    /** The name used to select it: {@code -Dbenchmark.only=<name>}. */
    String name();

    void run() throws Exception;
}
