package com.frameworkadvisor.session;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The write barrier of the embedded H2 file. H2 writes committed changes in the background within its write delay
 * (half a second); CHECKPOINT writes them now. Callers that arrive while a checkpoint is being written wait for it
 * and then write one more only if that one had started before they came: so concurrent callers share writes, and
 * every caller returns after a checkpoint that started after its own commits.
 */
final class H2Checkpoint implements WriteBarrier {

    private final Runnable write;
    private final ReentrantLock writing = new ReentrantLock();
    /**
     * When the last completed checkpoint started, on {@link System#nanoTime()}'s scale; at first, when this was
     * made, which every call comes after, so the first call writes.
     */
    private long lastStarted = System.nanoTime();

    H2Checkpoint(JdbcClient jdbc) {
        this(() -> jdbc.sql("CHECKPOINT").update());
    }

    /** @param write writes the store: CHECKPOINT, or a stand-in in tests */
    H2Checkpoint(Runnable write) {
        this.write = write;
    }

    @Override
    public void awaitDurable() {
        long calledAt = System.nanoTime();
        writing.lock();
        try {
            if (lastStarted - calledAt > 0) {
                return; // a checkpoint that started after this call has been written meanwhile
            }
            long started = System.nanoTime();
            write.run();
            lastStarted = started;
        } finally {
            writing.unlock();
        }
    }
}
