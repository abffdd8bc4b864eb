package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.knowledge.Framework;

/**
 * What a follow-up message asks for.
 *
 * @param kind      the kind of question
 * @param framework the option asked about, for {@link Kind#WHY_NOT} and {@link Kind#PUSHBACK}; else null
 * @param topic     the subject, for {@link Kind#TOPIC}; else null
 * @param term      the glossary entry, for {@link Kind#GLOSSARY}; else null
 * @param rest      the hypothetical change, for {@link Kind#WHAT_IF}; else empty
 */
public record Intent(Kind kind, Framework framework, Topic topic, String term, String rest) {

    public static Intent of(Kind kind) {
        return new Intent(kind, null, null, null, "");
    }

    public enum Kind {
        WHY,
        WHY_NOT,
        TOPIC,
        WHAT_IF,
        WHO_USES,
        ORIGIN,
        POPULARITY,
        WHERE,
        GLOSSARY,
        SUMMARY,
        PUSHBACK,
        DISAGREEMENTS,
        SOURCES,
        CHANGE,
        UNKNOWN
    }
}
