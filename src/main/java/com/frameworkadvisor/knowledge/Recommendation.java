package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Profile;
import java.util.List;

/**
 * The advisor's answer for one profile: the assessment (verdict, scores, evidence, conflicts), the flip points,
 * and, for a partial profile, the questions left open ranked by how much they could change the answer.
 * Unanswered questions are assumed to be unknown: no rule uses them, so nothing is guessed on the user's behalf.
 */
public record Recommendation(Assessment assessment, List<FlipPoint> flipPoints, List<OpenQuestion> openQuestions) {

    public Recommendation {
        flipPoints = List.copyOf(flipPoints);
        openQuestions = List.copyOf(openQuestions);
    }

    public Profile profile() {
        return assessment.profile();
    }

    public Framework verdict() {
        return assessment.verdict();
    }

    public Confidence confidence() {
        return assessment.confidence();
    }
}
