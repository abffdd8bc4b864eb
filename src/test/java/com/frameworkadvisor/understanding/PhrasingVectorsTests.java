package com.frameworkadvisor.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code rules/phrasings.vectors} are the phrasings' vectors under this model, so a start loads
 * them instead of encoding every example. After editing phrasings.json, rewrite the file with
 * {@code ./mvnw test -Dtest=PhrasingVectorsTests -Dphrasings.vectors.write=true}.
 */
class PhrasingVectorsTests {

    private static final Path RULES = Path.of("rules");
    /** Every n-th example is encoded again to check the file: enough to catch a wrong model, cheap to run. */
    private static final int SAMPLE_EVERY = 10;
    /** Vectors from the same model may differ in the last bits from one CPU to another. */
    private static final double SAME_VECTOR = 0.999;

    @Test
    void shouldHaveTheVectorsOfTheCurrentPhrasings() {
        Phrasings phrasings = Phrasings.load(Optional.of(RULES));
        MeaningIndex index = MeaningIndex.of(phrasings, Optional.of(RULES));
        Optional<List<float[]>> committed = PhrasingVectors.load(Optional.of(RULES), index.fingerprint());
        if (committed.isEmpty() && Boolean.getBoolean("phrasings.vectors.write")) {
            PhrasingVectors.write(RULES.resolve(PhrasingVectors.FILE), index.fingerprint(),
                    SentenceEncoder.shared().encodeAll(index.compared()));
            committed = PhrasingVectors.load(Optional.of(RULES), index.fingerprint());
        }

        assertThat(committed).as("rules/%s matches phrasings.json; if you edited it, run "
                + "./mvnw test -Dtest=PhrasingVectorsTests -Dphrasings.vectors.write=true", PhrasingVectors.FILE)
                .isPresent();
        List<String> examples = index.compared();
        assertThat(committed.get()).hasSameSizeAs(examples);
        for (int i = 0; i < examples.size(); i += SAMPLE_EVERY) {
            float[] fresh = SentenceEncoder.shared().encode(examples.get(i));
            assertThat(dot(fresh, committed.get().get(i))).as(examples.get(i)).isGreaterThan(SAME_VECTOR);
        }
    }

    @Test
    void shouldIgnoreVectorsOfOtherPhrasings() {
        assertThat(PhrasingVectors.load(Optional.of(RULES), PhrasingVectors.fingerprint(SentenceEncoder.MODEL,
                List.of("a phrasing nobody wrote")))).isEmpty();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
