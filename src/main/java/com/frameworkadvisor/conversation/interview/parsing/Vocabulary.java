package com.frameworkadvisor.conversation.interview.parsing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The words of one language, read from the {@code i18n/vocabulary} resource bundle: every key is
 * {@code <group>.<value>} and holds comma-separated phrases. Translating the parser means adding one file,
 * {@code vocabulary_<language>.properties}; no code holds words of any language.
 */
final class Vocabulary {

    static final String BUNDLE = "i18n.vocabulary";
    private static final String GRAMMAR_PREFIX = "grammar.";
    private static final String SUFFIXES_KEY = GRAMMAR_PREFIX + "suffixes";
    private static final String REPLY_PREFIX = "reply.";

    private final Locale locale;
    private final Map<Term, List<String>> phrases;
    private final List<String> suffixes;
    private final Map<String, List<String>> replies;

    private Vocabulary(Locale locale, Map<Term, List<String>> phrases, List<String> suffixes,
                       Map<String, List<String>> replies) {
        this.locale = locale;
        this.phrases = phrases;
        this.suffixes = suffixes;
        this.replies = replies;
    }

    /** Reads the bundle for {@code locale}, falling back to the English base file but never to the JVM's locale. */
    static Vocabulary load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return of(bundle, locale);
    }

    static Vocabulary of(ResourceBundle bundle, Locale locale) {
        Map<Term, List<String>> phrases = new TreeMap<>();
        List<String> suffixes = List.of();
        Map<String, List<String>> replies = new TreeMap<>();
        for (String key : new TreeSet<>(bundle.keySet())) {
            List<String> listed = split(bundle.getString(key));
            if (key.equals(SUFFIXES_KEY)) {
                suffixes = listed;
            } else if (key.startsWith(REPLY_PREFIX)) {
                replies.put(key.substring(REPLY_PREFIX.length()), listed);
            } else if (!key.startsWith(GRAMMAR_PREFIX)) {
                phrases.put(Term.ofKey(key), listed);
            }
        }
        return new Vocabulary(locale, Collections.unmodifiableMap(phrases), suffixes,
                Collections.unmodifiableMap(replies));
    }

    Locale locale() {
        return locale;
    }

    /** Every meaning with the phrases that express it. */
    Map<Term, List<String>> phrases() {
        return phrases;
    }

    /**
     * Whole replies that answer only the question they reply to ("probably not" to "will it grow?"), keyed by
     * question and answer: {@code GROWTH.STAYS_SMALL}.
     */
    Map<String, List<String>> replies() {
        return replies;
    }

    /** Word endings a phrase may carry and still match, such as a plural ending. */
    List<String> suffixes() {
        return suffixes;
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return List.copyOf(parts);
    }
}
