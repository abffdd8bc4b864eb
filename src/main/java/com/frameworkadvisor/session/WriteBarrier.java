package com.frameworkadvisor.session;

/**
 * Makes the commits made so far survive a killed process. Called before something is confirmed to the outside
 * (the Telegram update offset moved, a webhook answered 200, a reply shown in the terminal), so that what was
 * confirmed is never lost, while the commits in between need not each be written on their own: with many updates
 * a batch shares one write.
 */
public interface WriteBarrier {

    /** For databases where every commit is durable by itself, such as PostgreSQL. */
    WriteBarrier NONE = () -> { };

    void awaitDurable();
}
