package com.frameworkadvisor.understanding;

import java.util.List;

/** What a message was understood to mean, and how surely. */
public sealed interface Meaning {

    /** One meaning is clearly nearest. */
    record Clear(Match match) implements Meaning {
    }

    /** One or two meanings come close, none clearly: ask "did you mean ...?" rather than guess. */
    record Unsure(List<Match> candidates) implements Meaning {
        public Unsure {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nothing the advisor knows how to answer comes close. */
    record NotCovered() implements Meaning {
    }

    /** The message is not in English, which is the only language the advisor reads for now. */
    record NotEnglish() implements Meaning {
    }
}
