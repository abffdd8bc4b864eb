package com.frameworkadvisor.telegram;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A loop on a thread of its own that starts and stops with the application: the shared lifecycle of the poller,
 * the inbox worker and the sender. Subclasses write the loop ({@link #loop()}, which runs while
 * {@link #isRunning()}) and say how to wake it up and what to finish before and after it stops.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    private final String threadName;
    private final Duration joinTimeout;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    protected BackgroundLoop(String threadName, Duration joinTimeout) {
        this.threadName = threadName;
        this.joinTimeout = joinTimeout;
    }

    /** The work, repeated until {@link #isRunning()} turns false. */
    protected abstract void loop();

    /** Ends the loop from inside, as when Telegram rejects the token. */
    protected void halt() {
        running = false;
    }

    /** Last work before the loop is told to stop (the sender drains what is waiting). */
    protected void beforeStopping() {
    }

    /** Wakes the loop so it notices it should stop; a loop blocked elsewhere (a long poll) adds to this. */
    protected void wakeToStop() {
        wakeUp();
    }

    /** New work arrived: a loop waiting in {@link #waitForWork} goes on at once. */
    public void wakeUp() {
        wake.release();
    }

    /** Waits until {@link #wakeUp()} or the time is up, whichever comes first. */
    protected void waitForWork(Duration atMost) throws InterruptedException {
        wake.tryAcquire(Math.max(0, atMost.toMillis()), TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }

    /** After the loop has ended: release what it used. */
    protected void afterStopped() {
    }

    /** Sleeps, or returns early when the thread is interrupted, which also ends the loop. */
    protected void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public final synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, threadName);
        thread.start();
    }

    @Override
    public final synchronized void stop() {
        beforeStopping();
        running = false;
        wakeToStop();
        Thread current = thread;
        if (current != null) {
            try {
                current.join(joinTimeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
        afterStopped();
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    /** Interrupts the loop's thread, for loops blocked where only an interrupt reaches them. */
    protected void interruptThread() {
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }
}
