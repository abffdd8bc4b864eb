package com.frameworkadvisor.understanding;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recogniser, loaded on a thread of its own: the model (about a second) and the encoding of every example
 * phrasing (about two more) happen while the rules compile and the rest of the application starts. The first
 * use waits for it; a start-up waits in {@link #awaitLoaded()}, so nothing is served half-loaded.
 */
public final class LoadingRecogniser implements Supplier<MeaningRecogniser> {

    private static final Logger log = LoggerFactory.getLogger(LoadingRecogniser.class);

    private final CompletableFuture<MeaningRecogniser> loaded;
    private volatile Duration loadTime = Duration.ZERO;

    private LoadingRecogniser(Supplier<Phrasings> phrasings) {
        this.loaded = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                loaded.complete(load(phrasings.get()));
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "meaning-model");
        thread.setDaemon(true);
        thread.start();
    }

    public static LoadingRecogniser start(Supplier<Phrasings> phrasings) {
        return new LoadingRecogniser(phrasings);
    }

    private MeaningRecogniser load(Phrasings phrasings) {
        long started = System.nanoTime();
        MeaningIndex index = MeaningIndex.of(phrasings);
        loadTime = Duration.ofNanos(System.nanoTime() - started);
        log.info("Loaded the sentence model and {} example phrasings of {} meanings in {} ms", index.size(),
                phrasings.meanings().size(), loadTime.toMillis());
        return new MeaningRecogniser(index, phrasings);
    }

    /** Waits until the model is loaded; throws what stopped it from loading. */
    public MeaningRecogniser awaitLoaded() {
        try {
            return loaded.join();
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

    @Override
    public MeaningRecogniser get() {
        return awaitLoaded();
    }

    /** How long loading took, wherever it ran; zero until it is done. */
    public Duration loadTime() {
        return loadTime;
    }
}
