package com.frameworkadvisor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Callers share checkpoints, and none returns before a checkpoint that started after it was called. */
class H2CheckpointTests {

    @Test
    void shouldWriteOnceMoreForEveryoneWhoCameWhileACheckpointWasBeingWritten() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        H2Checkpoint checkpoint = new H2Checkpoint(() -> {
            if (writes.incrementAndGet() == 1) {
                firstWriteStarted.countDown();
                await(releaseFirstWrite);
            }
        });

        Thread first = new Thread(checkpoint::awaitDurable);
        first.start();
        assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        // These come while the first write is under way: it may miss their commits, so one more write is due.
        List<Thread> waiting = new ArrayList<>();
        List<Integer> writesSeenOnReturn = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread caller = new Thread(() -> {
                checkpoint.awaitDurable();
                writesSeenOnReturn.add(writes.get());
            });
            caller.start();
            waiting.add(caller);
        }
        // Every caller queued on the lock (parked) before the first write ends.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!waiting.stream().allMatch(caller -> caller.getState() == Thread.State.WAITING)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        releaseFirstWrite.countDown();
        first.join(10_000);
        for (Thread caller : waiting) {
            caller.join(10_000);
        }

        assertThat(writes).hasValue(2);
        assertThat(writesSeenOnReturn).hasSize(8).allMatch(seen -> seen == 2);
    }

    @Test
    void shouldWriteForEachCallThatFindsNoCheckpointStartedAfterIt() {
        AtomicInteger writes = new AtomicInteger();
        H2Checkpoint checkpoint = new H2Checkpoint(writes::incrementAndGet);

        checkpoint.awaitDurable();
        checkpoint.awaitDurable();
        checkpoint.awaitDurable();

        assertThat(writes).hasValue(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
