package com.frameworkadvisor.knowledge;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One point for or against an option, produced by one rule. The rule's metadata supplies the id, the cited
 * passages, the reason, the follow-up topics and the disagreement it stands for a side of, so a rule's
 * consequence only says which option it speaks to and how strongly.
 *
 * @param disagreement the disagreement this point is one side of (it then favours that side's option, as the rule
 *                     checks make sure), or {@code null}; when that disagreement is settled for another option, the
 *                     point is set aside for the profile instead of counted
 */
public record Evidence(
        String ruleId,
        Framework option,
        Stance stance,
        Strength strength,
        int weight,
        List<Citation> citations,
        String reason,
        List<String> topics,
        String disagreement) {

    public Evidence {
        citations = List.copyOf(citations);
        topics = List.copyOf(topics);
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
        return new Evidence(meta.id(), option, stance, strength, strength.weightFor(meta.sources().size()),
                meta.citations(), meta.reason(), meta.topics(), meta.disagreement());
    }

    /** The articles cited, each once. */
    public List<String> sources() {
        return Citation.sourcesOf(citations);
    }

    /** The weight as it counts towards the option's score. */
    public int signedWeight() {
        return stance == Stance.FAVOURS ? weight : -weight;
    }
}
