package com.frameworkadvisor.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example phrasings of everything a follow-up can mean, read from {@code phrasings.json} beside the rules, so a
 * maintainer teaches the advisor a new way of asking by adding a line, without code.
 *
 * @param meanings   each meaning's label ("why", "topic.security", ...) with its example phrasings
 * @param names      names that stand for one word when meaning is compared: "why not flask?" and "why not
 *                   django?" ask the same thing, and the name is read separately; without this the names, which
 *                   weigh heavily in a short message, pull it towards any example naming the same framework
 * @param otherLanguages common words of other languages that English messages do not use, to say plainly that
 *                   the advisor speaks English instead of guessing at a message it cannot read
 */
public record Phrasings(Map<String, List<String>> meanings, Map<String, List<String>> names,
                        Set<String> otherLanguages) {

    static final String FILE = "phrasings.json";

    public Phrasings {
        meanings = Map.copyOf(new LinkedHashMap<>(meanings));
        names = names == null ? Map.of() : Map.copyOf(names);
        otherLanguages = otherLanguages == null ? Set.of() : Set.copyOf(otherLanguages);
        for (Map.Entry<String, List<String>> meaning : meanings.entrySet()) {
            if (meaning.getValue().isEmpty() || meaning.getValue().stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(FILE + ": " + meaning.getKey() + " needs example phrasings");
            }
        }
    }

    /** The text as meaning is compared: lower case, plain apostrophes, each name replaced by its stand-in. */
    public String neutral(String text) {
        String out = " " + text.strip().toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        for (Map.Entry<String, List<String>> name : names.entrySet()) {
            for (String spelling : name.getValue()) {
                out = out.replaceAll("(?<=[^\\p{L}])" + Pattern.quote(spelling) + "(?=[^\\p{L}])", name.getKey());
            }
        }
        return out.strip();
    }

    /** From the rules folder when it has the file, else from the copy packaged in the jar. */
    public static Phrasings load(Optional<Path> rulesFolder) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            Optional<Path> file = rulesFolder.map(folder -> folder.resolve(FILE)).filter(Files::isRegularFile);
            if (file.isPresent()) {
                return json.readValue(file.get().toFile(), Phrasings.class);
            }
            try (InputStream in = Phrasings.class.getResourceAsStream("/rules/" + FILE)) {
                if (in == null) {
                    throw new IllegalStateException("no " + FILE + " in the rules folder or the jar");
                }
                return json.readValue(in, Phrasings.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
