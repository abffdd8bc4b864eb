package com.frameworkadvisor.knowledge;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A cited point worth telling the user that weighs nothing: a side note (an article names Node.js for real-time
 * apps, which is neither option), or an ambiguity (a passage whose meaning cannot be settled from its article,
 * shown so the user sees it was read and why it does not count).
 */
public record Remark(String ruleId, Kind kind, List<Citation> citations, String reason, List<String> topics) {

    public enum Kind {
        NOTE,
        AMBIGUITY
    }

    public Remark {
        citations = List.copyOf(citations);
        topics = List.copyOf(topics);
    }

    /** Called from a rule's consequence: {@code insert(Remark.note(drools));} */
    public static Remark note(RuleContext rule) {
        return of(rule, Kind.NOTE);
    }

    /** Called from a rule's consequence: {@code insert(Remark.ambiguity(drools));} */
    public static Remark ambiguity(RuleContext rule) {
        return of(rule, Kind.AMBIGUITY);
    }

    private static Remark of(RuleContext rule, Kind kind) {
        RuleMetadata meta = RuleMetadata.of(rule.getRule());
        return new Remark(meta.id(), kind, meta.citations(), meta.reason(), meta.topics());
    }

    public List<String> sources() {
        return Citation.sourcesOf(citations);
    }
}
