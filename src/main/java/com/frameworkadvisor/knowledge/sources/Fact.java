package com.frameworkadvisor.knowledge.sources;

import com.frameworkadvisor.knowledge.Citation;
import com.frameworkadvisor.knowledge.Framework;

/**
 * A cited fact for follow-up questions, not a reason for either option: who made a framework and when, how
 * popular it is, who uses it. {@code source} is written like one passage of a rule's {@code @source},
 * "hirist: What is Django?".
 */
public record Fact(String id, Framework about, Subject subject, String text, String source) {

    public enum Subject {
        ORIGIN,
        POPULARITY,
        USERS
    }

    public Citation citation() {
        return Citation.parseAll(source).stream().findFirst().orElse(new Citation(null, null));
    }
}
