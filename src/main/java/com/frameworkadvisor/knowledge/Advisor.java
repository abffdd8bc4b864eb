package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.analysis.FlipPointFinder;
import com.frameworkadvisor.knowledge.analysis.OpenQuestionRanker;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.rules.CompiledRules;
import com.frameworkadvisor.knowledge.rules.ReloadResult;
import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.Facts;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import com.frameworkadvisor.knowledge.sources.TopicNotes;
import java.util.List;
import java.util.function.Function;

/** The knowledge feature's facade: turns a profile into a reasoned, cited recommendation. */
public final class Advisor {

    private final RuleBase ruleBase;

    public Advisor(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** One evaluation: verdict, scores, evidence and conflicts, without flip-point analysis. */
    public Assessment assess(Profile profile) {
        return ruleBase.current().evaluate(profile);
    }

    /** The assessment and the open questions ranked, without the flip-point search: enough to plan the interview. */
    public Outlook outlook(Profile profile) {
        // One snapshot for the whole analysis, so a reload halfway through cannot mix two rule bases.
        CompiledRules rules = ruleBase.current();
        Assessment assessment = rules.evaluate(profile);
        return new Outlook(assessment, new OpenQuestionRanker(rules::evaluate).rank(assessment), rules);
    }

    /** The full answer: the assessment, its flip points, and the open questions ranked by what they could change. */
    public Recommendation recommend(Profile profile) {
        return recommend(outlook(profile));
    }

    /** Adds the flip points to an outlook, with the rules it was computed with, so nothing is evaluated twice. */
    public Recommendation recommend(Outlook outlook) {
        Function<Profile, Assessment> evaluate = outlook.rules::evaluate;
        return new Recommendation(outlook.assessment(), new FlipPointFinder(evaluate).find(outlook.assessment()),
                outlook.openQuestions());
    }

    public SourceCatalogue sources() {
        return ruleBase.current().sources();
    }

    public Disagreements disagreements() {
        return ruleBase.current().disagreements();
    }

    public Facts facts() {
        return ruleBase.current().facts();
    }

    public TopicNotes topics() {
        return ruleBase.current().topics();
    }

    public List<RuleMetadata> rules() {
        return ruleBase.current().rules();
    }

    /** Rebuilds the rules from their source; on failure the previous rules keep serving. */
    public ReloadResult reload() {
        return ruleBase.reload();
    }
}
