package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A disagreement between the articles that applies to this profile (both of its sides fired), and which side
 * the advisor took for it. Settling adds no weight: it decides which side's evidence counts for this profile,
 * and the other side's evidence is set aside (see {@link Assessment#setAside()}). The two sides of each
 * disagreement are described once, in rules/disagreements.json.
 */
public record Conflict(String ruleId, String disagreementId, Framework resolvedFor, List<Citation> citations,
                       String reason, List<String> topics, Set<Question> premises) {

    public Conflict {
        citations = List.copyOf(citations);
        topics = List.copyOf(topics);
        premises = Set.copyOf(premises);
    }

    /** The questions it turns on that the profile leaves open: while any is, the settlement is only provisional. */
    public List<Question> openPremises(Profile profile) {
        return premises.stream().filter(q -> !q.isAnswered(profile)).sorted().toList();
    }

    /** Called from a conflict rule's consequence: {@code insert(Conflict.resolvedFor(drools, Framework.DJANGO));} */
    public static Conflict resolvedFor(RuleContext rule, Framework winner) {
        RuleMetadata meta = RuleMetadata.of(rule.getRule());
        return new Conflict(meta.id(), meta.settles(), winner, meta.citations(), meta.reason(), meta.topics(),
                meta.premises());
    }

    public List<String> sources() {
        return Citation.sourcesOf(citations);
    }
}
