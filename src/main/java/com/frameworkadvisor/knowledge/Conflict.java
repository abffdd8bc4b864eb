package com.frameworkadvisor.knowledge;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A disagreement between the articles that applies to this profile, and which way the advisor went.
 * The two sides of each disagreement are described once, in rules/disagreements.json.
 */
public record Conflict(String ruleId, String disagreementId, Framework resolvedFor, List<String> sources, String reason) {

    public Conflict {
        sources = List.copyOf(sources);
    }

    /**
     * Called from a conflict rule's consequence, together with the evidence the resolution adds:
     * {@code insert(Conflict.resolvedFor(drools, Framework.DJANGO));}
     */
    public static Conflict resolvedFor(RuleContext rule, Framework winner) {
        RuleMetadata meta = RuleMetadata.of(rule.getRule());
        return new Conflict(meta.id(), meta.disagreement(), winner, meta.sources(), meta.reason());
    }
}
