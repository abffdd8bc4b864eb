package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Conflict;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.Remark;
import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.Facts;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import com.frameworkadvisor.knowledge.sources.TopicNotes;
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
    private final Catalogues catalogues;
    private final String origin;

    CompiledRules(KieBase kieBase, List<RuleMetadata> rules, Catalogues catalogues, String origin) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.catalogues = catalogues;
        this.origin = origin;
    }

    public Assessment evaluate(Profile profile) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(profile);
            session.fireAllRules();
            List<Evidence> evidence = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            List<Remark> remarks = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Evidence e) {
                    evidence.add(e);
                } else if (fact instanceof Conflict c) {
                    conflicts.add(c);
                } else if (fact instanceof Remark r) {
                    remarks.add(r);
                }
            }
            return Assessment.of(profile, evidence, conflicts, remarks);
        } finally {
            session.dispose();
        }
    }

    /** Every rule's metadata, ordered by rule name. */
    public List<RuleMetadata> rules() {
        return rules;
    }

    public SourceCatalogue sources() {
        return catalogues.sources();
    }

    public Disagreements disagreements() {
        return catalogues.disagreements();
    }

    public Facts facts() {
        return catalogues.facts();
    }

    public TopicNotes topics() {
        return catalogues.topics();
    }

    /** Where these rules were read from. */
    public String origin() {
        return origin;
    }
}
