package com.frameworkadvisor.conversation.followup;

import java.util.List;
import java.util.Optional;

/**
 * What a follow-up message was heard to ask.
 *
 * @param intent  what to answer; {@link Intent.Kind#UNKNOWN} when nothing close was found or when unsure
 * @param choices when unsure, the one or two closest readings to offer as "did you mean ...?"; else empty
 * @param also    a second question asked in the same message, to offer as a button after the first is answered
 */
public record Heard(Intent intent, List<Intent> choices, Optional<Intent> also) {

    public Heard {
        choices = List.copyOf(choices);
    }

    static Heard of(Intent intent) {
        return new Heard(intent, List.of(), Optional.empty());
    }

    public boolean unsure() {
        return !choices.isEmpty();
    }

    public Intent.Kind kind() {
        return intent.kind();
    }

    /** What was heard as phrasings.json names it ("why", "topic.security"), or "unsure", or "not-covered". */
    public String label() {
        if (unsure()) {
            return "unsure";
        }
        return switch (kind()) {
            case TOPIC -> "topic." + intent.topic().key();
            case UNKNOWN -> "not-covered";
            default -> kind().label();
        };
    }
}
