package com.frameworkadvisor.knowledge;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One point for or against an option, produced by one rule. The rule's metadata supplies the id, the sources
 * and the reason, so a rule's consequence only says which option it speaks to and how strongly.
 */
public record Evidence(
        String ruleId,
        String topic,
        Framework option,
        Stance stance,
        Strength strength,
        int weight,
        List<String> sources,
        String reason) {

    public Evidence {
        sources = List.copyOf(sources);
    }

    /** Called from a rule's consequence: {@code insert(Evidence.favours(drools, Framework.DJANGO, Strength.FIT));} */
    public static Evidence favours(RuleContext rule, Framework option, Strength strength) {
        return of(RuleMetadata.of(rule.getRule()), option, Stance.FAVOURS, strength);
    }

    /** Called from a rule's consequence: {@code insert(Evidence.against(drools, Framework.FLASK, Strength.HINT));} */
    public static Evidence against(RuleContext rule, Framework option, Strength strength) {
        return of(RuleMetadata.of(rule.getRule()), option, Stance.AGAINST, strength);
    }

    static Evidence of(RuleMetadata meta, Framework option, Stance stance, Strength strength) {
        return new Evidence(meta.id(), meta.topic(), option, stance, strength,
                strength.weightFor(meta.sources().size()), meta.sources(), meta.reason());
    }

    /** The weight as it counts towards the option's score. */
    public int signedWeight() {
        return stance == Stance.FAVOURS ? weight : -weight;
    }
}
