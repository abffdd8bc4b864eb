package com.frameworkadvisor.understanding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The example phrasings already encoded, kept beside them as {@code phrasings.vectors}, so a start loads them
 * instead of running the model over every example (seconds of both cores on a small machine). The file carries a
 * fingerprint of the model and of every example as compared; a file that does not match (phrasings edited, a
 * folder mounted without one) is ignored and the examples are encoded at start. {@code PhrasingVectorsTests}
 * fails when the committed file has drifted from the phrasings, and rewrites it on request.
 */
public final class PhrasingVectors {

    static final String FILE = "phrasings.vectors";
    private static final int MAGIC = 0x46415056;

    private PhrasingVectors() {
    }

    /** What the vectors were computed from: the model and each example as compared, in index order. */
    public static String fingerprint(String model, List<String> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.getBytes(StandardCharsets.UTF_8));
            for (String example : examples) {
                digest.update((byte) '\n');
                digest.update(example.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The vectors in the rules folder (or the jar) when they were computed from exactly these examples. */
    static Optional<List<float[]>> load(Optional<Path> rulesFolder, String fingerprint) {
        try {
            Optional<Path> file = rulesFolder.map(folder -> folder.resolve(FILE));
            if (rulesFolder.isPresent()) {
                return Files.isRegularFile(file.get()) ? read(Files.newInputStream(file.get()), fingerprint)
                        : Optional.empty();
            }
            InputStream packaged = PhrasingVectors.class.getResourceAsStream("/rules/" + FILE);
            return packaged == null ? Optional.empty() : read(packaged, fingerprint);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<float[]>> read(InputStream stream, String fingerprint) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            int count = in.readInt();
            int dimension = in.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    vector[j] = in.readFloat();
                }
                vectors.add(vector);
            }
            return Optional.of(vectors);
        }
    }

    public static void write(Path file, String fingerprint, List<float[]> vectors) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeUTF(fingerprint);
            out.writeInt(vectors.size());
            out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
            for (float[] vector : vectors) {
                for (float v : vector) {
                    out.writeFloat(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
