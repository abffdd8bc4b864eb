package com.frameworkadvisor.understanding;

import java.nio.file.Path;
import java.util.Optional;

/** The project's real phrasings and sentence model, loaded once for all tests in the JVM. */
public final class TestUnderstanding {

    private static MeaningRecogniser recogniser;

    private TestUnderstanding() {
    }

    public static synchronized MeaningRecogniser recogniser() {
        if (recogniser == null) {
            Phrasings phrasings = Phrasings.load(Optional.of(Path.of("rules")));
            recogniser = new MeaningRecogniser(MeaningIndex.of(phrasings, Optional.of(Path.of("rules"))), phrasings);
        }
        return recogniser;
    }
}
