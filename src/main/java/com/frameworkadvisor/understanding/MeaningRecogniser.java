package com.frameworkadvisor.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a message means by its nearest example phrasings. A clear winner is taken; one or two close
 * candidates are offered back as "did you mean ...?"; nothing close is said to be not covered. The thresholds
 * were tuned on the development part of the labelled phrasings (see UnderstandingAccuracyTests), never on the
 * held-out part.
 */
public final class MeaningRecogniser {

    /** A meaning this close to the message is taken, if no other comes within {@link #MARGIN}. */
    static final double ACCEPT = 0.45;
    /** Two meanings closer to each other than this are both offered. */
    static final double MARGIN = 0.01;
    /** Below this nothing is offered: the message is about something else. */
    static final double CONSIDER = 0.40;

    /** Where a compound question splits: after a question mark, a semicolon, " also " or " and ". */
    private static final Pattern PARTS = Pattern.compile("\\?+\\s*|;\\s*|\\s+(?:and also|also|and)\\s+");
    private static final int WORDS_IN_A_PART = 2;
    /**
     * A follow-up says what it asks within its first lines; the model reads about 250 words at a time and a
     * longer message would only cost more passes (Telegram allows 4,096 characters).
     */
    static final int MAX_CHARS = 1_000;

    private final MeaningIndex index;
    private final LanguageCheck language;

    public MeaningRecogniser(MeaningIndex index, Phrasings phrasings) {
        this.index = index;
        this.language = new LanguageCheck(phrasings.otherLanguages());
    }

    /** The meaning of the whole message, and the second question of a compound one, if it asks two. */
    public Understood read(String text) {
        String message = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (!language.isEnglish(message)) {
            return new Understood(new Meaning.NotEnglish(), Optional.empty());
        }
        List<String> parts = parts(message);
        if (parts.size() >= 2) {
            Meaning first = meaning(parts.get(0));
            Meaning second = meaning(String.join(" ", parts.subList(1, parts.size())));
            if (first instanceof Meaning.Clear one && second instanceof Meaning.Clear two
                    && !one.match().label().equals(two.match().label())) {
                return new Understood(first, Optional.of(two.match()));
            }
        }
        return new Understood(meaning(message), Optional.empty());
    }

    /** The meaning of one question, without looking for a second. */
    public Meaning meaning(String text) {
        List<Match> ranked = index.rank(text);
        if (ranked.isEmpty() || ranked.get(0).score() < CONSIDER) {
            return new Meaning.NotCovered();
        }
        Match top = ranked.get(0);
        Optional<Match> close = ranked.size() > 1 && top.score() - ranked.get(1).score() < MARGIN
                ? Optional.of(ranked.get(1)) : Optional.empty();
        if (top.score() >= ACCEPT && close.isEmpty()) {
            return new Meaning.Clear(top);
        }
        List<Match> candidates = new ArrayList<>(List.of(top));
        close.filter(m -> m.score() >= CONSIDER).ifPresent(candidates::add);
        return new Meaning.Unsure(candidates);
    }

    private static List<String> parts(String message) {
        List<String> parts = new ArrayList<>();
        for (String part : PARTS.split(message.strip())) {
            if (part.strip().split("\\s+").length >= WORDS_IN_A_PART) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /**
     * @param meaning what the message (or its first question) means
     * @param also    the meaning of a second question in the same message, to offer as a button
     */
    public record Understood(Meaning meaning, Optional<Match> also) {
    }
}
