package com.frameworkadvisor.knowledge;

import java.util.List;

/**
 * Where a partial interview stands: the assessment of the answers so far and the questions left open, ranked by
 * how much they could change it. It is what choosing the next question needs, at about half the cost of a full
 * {@link Recommendation}, which adds the flip-point search; the interview computes that only when it shows a
 * result.
 */
public record Outlook(Assessment assessment, List<OpenQuestion> openQuestions) {

    public Outlook {
        openQuestions = List.copyOf(openQuestions);
    }

    public Confidence confidence() {
        return assessment.confidence();
    }
}
