package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.Optional;

/**
 * The team's experience. Juniors and seniors together ("3 juniors and a senior") make a mixed team, and a negation
 * turns one end into the other: "none of us has used a web framework" and "no seniors" are beginners, "we're not
 * beginners" are experienced.
 */
final class ExperienceDetector implements Detector {

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        List<Experience> stated = reading.mentions(Group.EXPERIENCE).filter(m -> !reading.isHedged(m))
                .flatMap(m -> m.terms(Group.EXPERIENCE).stream()
                        .flatMap(t -> read(t.as(Experience.class), reading.isNegated(m)).stream()))
                .toList();
        if (stated.isEmpty()) {
            return;
        }
        boolean mixed = stated.contains(Experience.MIXED)
                || stated.contains(Experience.BEGINNERS) && stated.contains(Experience.EXPERIENCED)
                || someOfTheTeam(reading);
        findings.answer(Question.EXPERIENCE, mixed ? Experience.MIXED : stated.get(0));
    }

    /** "Two of our four are juniors": a counted part of the team, so the rest are not. */
    private static boolean someOfTheTeam(Reading reading) {
        Layout layout = reading.layout();
        return reading.mentions().stream().filter(m -> m.has(Cue.PARTITIVE))
                .anyMatch(m -> layout.adjacentBefore(m).filter(b -> b.has(Group.NUMBER)).isPresent());
    }

    private static Optional<Experience> read(Experience experience, boolean negated) {
        if (!negated) {
            return Optional.of(experience);
        }
        return switch (experience) {
            case BEGINNERS -> Optional.of(Experience.EXPERIENCED);
            case EXPERIENCED -> Optional.of(Experience.BEGINNERS);
            case MIXED -> Optional.empty();
        };
    }
}
