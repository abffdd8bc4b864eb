package com.frameworkadvisor.understanding;

import com.frameworkadvisor.support.Futures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recogniser, loaded on a thread of its own: the model (about a second) and the example phrasings' vectors
 * are loaded while the rules compile and the rest of the application starts. The first
 * use waits for it; a start-up waits in {@link #awaitLoaded()}, so nothing is served half-loaded.
 */
public final class LoadingRecogniser implements Supplier<MeaningRecogniser> {

    private static final Logger log = LoggerFactory.getLogger(LoadingRecogniser.class);

    private final CompletableFuture<MeaningRecogniser> loaded;

    private LoadingRecogniser(Supplier<Optional<Path>> rulesFolder) {
        this.loaded = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                loaded.complete(load(rulesFolder.get()));
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "meaning-model");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts loading the phrasings (and their vectors) from the rules folder, or the jar when there is none. */
    public static LoadingRecogniser start(Supplier<Optional<Path>> rulesFolder) {
        return new LoadingRecogniser(rulesFolder);
    }

    private MeaningRecogniser load(Optional<Path> rulesFolder) {
        long started = System.nanoTime();
        Phrasings phrasings = Phrasings.load(rulesFolder);
        MeaningIndex index = MeaningIndex.of(phrasings, rulesFolder);
        log.info("Loaded the sentence model and {} example phrasings of {} meanings in {} ms", index.size(),
                phrasings.meanings().size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new MeaningRecogniser(index, phrasings);
    }

    /** Waits until the model is loaded; throws what stopped it from loading. */
    public MeaningRecogniser awaitLoaded() {
        return Futures.join(loaded);
    }

    @Override
    public MeaningRecogniser get() {
        return awaitLoaded();
    }
}
