package com.frameworkadvisor.understanding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every example phrasing as a vector, searched by cosine similarity. A few hundred examples make a brute-force
 * search (a few hundred dot products of 384 numbers) far cheaper than encoding the message itself.
 */
public final class MeaningIndex {

    /** Built once per set of phrasings in a process: encoding them all, when needed, takes seconds. */
    private static final Map<Phrasings, MeaningIndex> BUILT = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(MeaningIndex.class);

    private final SentenceEncoder encoder;
    private final Phrasings phrasings;
    private final List<String> labels = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private final String fingerprint;
    private final List<float[]> vectors;

    private MeaningIndex(Phrasings phrasings, Optional<Path> rulesFolder, SentenceEncoder encoder) {
        this.encoder = encoder;
        this.phrasings = phrasings;
        phrasings.meanings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(meaning ->
                meaning.getValue().forEach(example -> {
                    labels.add(meaning.getKey());
                    examples.add(example);
                }));
        List<String> compared = compared();
        this.fingerprint = PhrasingVectors.fingerprint(SentenceEncoder.MODEL, compared);
        this.vectors = PhrasingVectors.load(rulesFolder, fingerprint).orElseGet(() -> {
            log.info("No {} for these phrasings: encoding {} examples now", PhrasingVectors.FILE, compared.size());
            return encoder.encodeAll(compared);
        });
    }

    /**
     * The index of these phrasings, with their vectors from {@code phrasings.vectors} in the same folder (or the
     * jar) when it matches them, else encoded now.
     */
    public static MeaningIndex of(Phrasings phrasings, Optional<Path> rulesFolder) {
        return BUILT.computeIfAbsent(phrasings, p -> new MeaningIndex(p, rulesFolder, SentenceEncoder.shared()));
    }

    /** Every example as it is compared (names replaced), in the order of the vectors. */
    public List<String> compared() {
        return examples.stream().map(phrasings::neutral).toList();
    }

    /** What the vectors must have been computed from: {@link PhrasingVectors#fingerprint}. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Each meaning with its best score for the message, best first; none for a message without words. */
    public List<Match> rank(String message) {
        String neutral = phrasings.neutral(message);
        if (neutral.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        float[] query = encoder.encode(neutral);
        Map<String, Match> best = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            double score = dot(query, vectors.get(i));
            Match current = best.get(labels.get(i));
            if (current == null || score > current.score()) {
                best.put(labels.get(i), new Match(labels.get(i), score));
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Match::score).reversed()).toList();
    }

    public int size() {
        return vectors.size();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
