package com.frameworkadvisor.knowledge;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A disagreement between the articles that applies to this profile (both of its sides fired), and which side
 * the advisor took for it. Settling adds no weight: it decides which side's evidence counts for this profile,
 * and the other side's evidence is set aside (see {@link Assessment#setAside()}). The two sides of each
 * disagreement are described once, in rules/disagreements.json.
 */
public record Conflict(String ruleId, String disagreementId, Framework resolvedFor, List<Citation> citations,
                       String reason, List<String> topics) {

    public Conflict {
        citations = List.copyOf(citations);
        topics = List.copyOf(topics);
    }

    /** Called from a conflict rule's consequence: {@code insert(Conflict.resolvedFor(drools, Framework.DJANGO));} */
    public static Conflict resolvedFor(RuleContext rule, Framework winner) {
        RuleMetadata meta = RuleMetadata.of(rule.getRule());
        return new Conflict(meta.id(), meta.settles(), winner, meta.citations(), meta.reason(), meta.topics());
    }

    public List<String> sources() {
        return Citation.sourcesOf(citations);
    }
}
