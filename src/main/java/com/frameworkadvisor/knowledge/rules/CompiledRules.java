package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Conflict;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * One built rule base with the catalogues it was checked against. Immutable and shared by all evaluations;
 * each evaluation gets its own short-lived session, always disposed.
 */
public final class CompiledRules {

    private final KieBase kieBase;
    private final List<RuleMetadata> rules;
    private final SourceCatalogue sources;
    private final Disagreements disagreements;
    private final String origin;

    CompiledRules(KieBase kieBase, List<RuleMetadata> rules, SourceCatalogue sources, Disagreements disagreements,
                  String origin) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.sources = sources;
        this.disagreements = disagreements;
        this.origin = origin;
    }

    public Assessment evaluate(Profile profile) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(profile);
            session.fireAllRules();
            List<Evidence> evidence = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Evidence e) {
                    evidence.add(e);
                } else if (fact instanceof Conflict c) {
                    conflicts.add(c);
                }
            }
            return Assessment.of(profile, evidence, conflicts);
        } finally {
            session.dispose();
        }
    }

    /** Every rule's metadata, ordered by rule name. */
    public List<RuleMetadata> rules() {
        return rules;
    }

    public SourceCatalogue sources() {
        return sources;
    }

    public Disagreements disagreements() {
        return disagreements;
    }

    /** Where these rules were read from. */
    public String origin() {
        return origin;
    }
}
