package com.frameworkadvisor.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every example phrasing as a vector, searched by cosine similarity. A few hundred examples make a brute-force
 * search (a few hundred dot products of 384 numbers) far cheaper than encoding the message itself.
 */
public final class MeaningIndex {

    /** Built once per set of phrasings in a process: encoding them all takes a couple of seconds. */
    private static final Map<Phrasings, MeaningIndex> BUILT = new ConcurrentHashMap<>();

    private final SentenceEncoder encoder;
    private final Phrasings phrasings;
    private final List<String> labels = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private final List<float[]> vectors;

    private MeaningIndex(Phrasings phrasings, SentenceEncoder encoder) {
        this.encoder = encoder;
        this.phrasings = phrasings;
        phrasings.meanings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(meaning ->
                meaning.getValue().forEach(example -> {
                    labels.add(meaning.getKey());
                    examples.add(example);
                }));
        this.vectors = encoder.encodeAll(examples.stream().map(phrasings::neutral).toList());
    }

    public static MeaningIndex of(Phrasings phrasings) {
        return BUILT.computeIfAbsent(phrasings, p -> new MeaningIndex(p, SentenceEncoder.shared()));
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
                best.put(labels.get(i), new Match(labels.get(i), score, examples.get(i)));
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
