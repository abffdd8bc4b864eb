package com.frameworkadvisor.understanding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Turns sentences into vectors whose closeness follows meaning: all-MiniLM-L6-v2 (quantised), which ships in its
 * jar and runs in the JVM through ONNX Runtime, with no network. The model is loaded once per process (about a
 * second) and is safe to share between threads.
 */
public final class SentenceEncoder {

    /** The model's name, part of the fingerprint of vectors computed with it. */
    public static final String MODEL = "all-MiniLM-L6-v2-q (langchain4j-embeddings 1.19.0-beta29)";

    private static volatile SentenceEncoder shared;

    private final EmbeddingModel model;

    private SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /** The process's encoder, loaded on first use. */
    public static SentenceEncoder shared() {
        SentenceEncoder encoder = shared;
        if (encoder == null) {
            synchronized (SentenceEncoder.class) {
                if (shared == null) {
                    // One sentence after another on the caller's thread: encoding examples at start-up then leaves
                    // the other core to the rest of the start instead of competing for both.
                    shared = new SentenceEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
                }
                encoder = shared;
            }
        }
        return encoder;
    }

    /** A unit-length vector for one sentence, so that a dot product is the cosine similarity. */
    public float[] encode(String sentence) {
        return unit(model.embed(sentence).content().vector());
    }

    public List<float[]> encodeAll(List<String> sentences) {
        return model.embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> unit(e.vector())).toList();
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        double length = Math.sqrt(norm);
        if (length == 0) {
            return vector;
        }
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / length);
        }
        return out;
    }
}
