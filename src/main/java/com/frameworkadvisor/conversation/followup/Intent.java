package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.knowledge.Framework;
import java.util.Locale;
import java.util.Optional;

/**
 * What a follow-up message asks for.
 *
 * @param kind      the kind of question
 * @param framework the option asked about, for {@link Kind#WHY} ("why not Flask?") and {@link Kind#PUSHBACK}; else null
 * @param topic     the subject, for {@link Kind#TOPIC}; else null
 * @param term      the glossary entry, for {@link Kind#GLOSSARY}; else null
 * @param rest      the message itself, for the kinds that read answers from it (what-if, correction, pushback)
 */
public record Intent(Kind kind, Framework framework, Topic topic, String term, String rest) {

    public static Intent of(Kind kind) {
        return new Intent(kind, null, null, null, "");
    }

    /** A short code for a button ("WHY-FLASK", "TOPIC-security"); only for kinds that need no message text. */
    public Optional<String> code() {
        if (kind.readsTheMessage()) {
            return Optional.empty();
        }
        String argument = framework != null ? framework.name() : topic != null ? topic.key() : term;
        return Optional.of(kind.name() + (argument == null ? "" : "-" + argument));
    }

    /** The intent a button's code stands for; empty when the code is not one. */
    public static Optional<Intent> ofCode(String code) {
        String[] parts = code.split("-", 2);
        Optional<Kind> kind = Kind.named(parts[0]);
        if (kind.isEmpty() || kind.get().readsTheMessage()) {
            return Optional.empty();
        }
        String argument = parts.length > 1 ? parts[1] : null;
        try {
            return switch (kind.get()) {
                case WHY, PUSHBACK -> Optional.of(new Intent(kind.get(),
                        argument == null ? null : Framework.valueOf(argument), null, null, ""));
                case TOPIC -> Topic.ofKey(argument).map(t -> new Intent(Kind.TOPIC, null, t, null, ""));
                case GLOSSARY -> argument == null ? Optional.empty()
                        : Optional.of(new Intent(Kind.GLOSSARY, null, null, argument.toLowerCase(Locale.ROOT), ""));
                default -> argument == null ? Optional.of(of(kind.get())) : Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public enum Kind {
        WHY,
        VERDICT,
        TOPIC,
        WHAT_IF,
        CORRECTION,
        WHO_USES,
        ORIGIN,
        POPULARITY,
        WHERE,
        GLOSSARY,
        SUMMARY,
        PUSHBACK,
        DISAGREEMENTS,
        SOURCES,
        /** What would change the recommendation: its flip points and the questions still open. */
        FLIPS,
        CHANGE,
        THANKS,
        SMALL_TALK,
        WHY_ASK,
        RESULT_NOW,
        NOT_ENGLISH,
        UNKNOWN;

        /** The label of this kind in phrasings.json: "why", "what-if", "small-talk", ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Kinds that take their values from the message, which a button cannot carry. */
        boolean readsTheMessage() {
            return this == WHAT_IF || this == CORRECTION;
        }

        static Optional<Kind> named(String name) {
            for (Kind kind : values()) {
                if (kind.name().equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        static Optional<Kind> ofLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }
}
