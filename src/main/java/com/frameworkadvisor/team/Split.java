package com.frameworkadvisor.team;

import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;

/**
 * An answer the team's members gave differently, with what the team's verdict would be on each side.
 *
 * @param question the question they answered differently
 * @param need     for the needs question, the one need some want and others don't; {@code null} otherwise
 * @param sides    each answer given, with who gave it and the team's outcome were it the team's answer
 */
public record Split(Question question, Need need, List<Side> sides) {

    public Split {
        sides = List.copyOf(sides);
    }

    /**
     * One answer and what it would make of the team's verdict.
     *
     * @param answer  the answer; for a need, {@code Boolean.TRUE} (needed) or {@code FALSE}
     * @param members who gave it, by name
     */
    public record Side(Object answer, List<String> members, Framework verdict, Confidence confidence) {

        public Side {
            members = List.copyOf(members);
        }

        boolean sameOutcome(Side other) {
            return confidence == Confidence.TIE ? other.confidence == Confidence.TIE
                    : other.confidence != Confidence.TIE && verdict == other.verdict;
        }
    }

    /** Whether settling it one way or the other changes the team's verdict: then it has to be settled first. */
    public boolean matters() {
        return sides.stream().anyMatch(side -> !side.sameOutcome(sides.get(0)));
    }

    /** Whether one answer gives one option and another answer another, not just a tie against an option. */
    public boolean changesTheOption() {
        return sides.stream().filter(side -> side.confidence() != Confidence.TIE).map(Side::verdict).distinct()
                .count() > 1;
    }
}
