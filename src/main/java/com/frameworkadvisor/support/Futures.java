package com.frameworkadvisor.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started in the background, such as the rules compiling and the model loading at start-up. */
public final class Futures {

    private Futures() {
    }

    /** The result, waiting if need be; a failure is thrown as it was thrown, not wrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
