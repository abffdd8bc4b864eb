package com.frameworkadvisor.understanding;

import java.util.List;

/** What a message was understood to mean, and how surely. */
public sealed interface Meaning {

    /** A short account of the reading, for logs and measurements: the label, or what kept it from one. */
    String describe();

    /** One meaning is clearly nearest. */
    record Clear(Match match) implements Meaning {
        @Override
        public String describe() {
            return match.label();
        }
    }

    /** One or two meanings come close, none clearly: ask "did you mean ...?" rather than guess. */
    record Unsure(List<Match> candidates) implements Meaning {
        public Unsure {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String describe() {
            return "unsure " + candidates.stream().map(Match::label).toList();
        }
    }

    /** Nothing the advisor knows how to answer comes close. */
    record NotCovered() implements Meaning {
        @Override
        public String describe() {
            return "not-covered";
        }
    }

    /** The message is not in English, which is the only language the advisor reads for now. */
    record NotEnglish() implements Meaning {
        @Override
        public String describe() {
            return "not-english";
        }
    }
}
