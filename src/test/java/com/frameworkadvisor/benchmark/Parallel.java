package com.frameworkadvisor.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** Runs numbered tasks on a few threads, each thread taking the next number, as chats arrive at a server. */
final class Parallel {

    private Parallel() {
    }

    /** The result of one run: how many units (turns, say) the tasks reported, and how long it took. */
    record Run(long units, long nanos) {

        double perSecond() {
            return units / (nanos / 1e9);
        }
    }

    /** Runs {@code task} for 0 to {@code tasks - 1}; each returns the units it did. A failed task fails the run. */
    static Run run(int threads, int tasks, IntUnaryOperator task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long units = 0;
                    try {
                        for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                            units += task.applyAsInt(i);
                        }
                    } catch (RuntimeException e) {
                        next.set(tasks); // the other threads stop after their current task
                        throw e;
                    }
                    return units;
                }));
            }
            long units = 0;
            for (Future<Long> worker : workers) {
                units += worker.get();
            }
            return new Run(units, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }
}
