package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.rules.CompiledRules;
import java.util.List;

/**
 * Where a partial interview stands: the assessment of the answers so far and the questions left open, ranked by
 * how much they could change it. It is what choosing the next question needs, at about half the cost of a full
 * {@link Recommendation}, which adds the flip-point search; the interview asks for that
 * ({@link Advisor#recommend(Outlook)}) only when it shows a result.
 */
public final class Outlook {

    private final Assessment assessment;
    private final List<OpenQuestion> openQuestions;
    /** The rules this was computed with, so that the flip points added to it come from the same rules. */
    final CompiledRules rules;

    Outlook(Assessment assessment, List<OpenQuestion> openQuestions, CompiledRules rules) {
        this.assessment = assessment;
        this.openQuestions = List.copyOf(openQuestions);
        this.rules = rules;
    }

    public Assessment assessment() {
        return assessment;
    }

    public List<OpenQuestion> openQuestions() {
        return openQuestions;
    }

    public Confidence confidence() {
        return assessment.confidence();
    }
}
