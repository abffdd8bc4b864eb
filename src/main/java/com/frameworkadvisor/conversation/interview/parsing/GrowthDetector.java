package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Quantities.Measure;
import com.frameworkadvisor.knowledge.profile.Growth;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.Optional;

/** Expected growth: words ("go viral"), a size word about traffic ("huge traffic"), or a number of users. */
final class GrowthDetector implements Detector {

    // An internal tool serves hundreds; a product with a hundred thousand users is heavy traffic.
    private static final double STEADY_FROM_USERS = 1_000;
    private static final double HIGH_FROM_USERS = 100_000;

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        reading.mentions(Group.GROWTH).findFirst().flatMap(m -> m.value(Group.GROWTH, Growth.class))
                .ifPresent(growth -> findings.answer(Question.GROWTH, growth));
        reading.mentions(Group.SCALE).filter(m -> reading.scaleSubject(m).filter(s -> s == Cue.TRAFFIC).isPresent())
                .findFirst().flatMap(GrowthDetector::growth).ifPresent(g -> findings.answer(Question.GROWTH, g));
        reading.quantities().measures().stream().filter(m -> m.unit() == Unit.USER).mapToDouble(Measure::value)
                .max().ifPresent(users -> findings.answer(Question.GROWTH, ofUsers(users)));
        if (expected == Question.GROWTH) {
            reading.bareScales().findFirst().flatMap(GrowthDetector::growth)
                    .ifPresent(g -> findings.answer(Question.GROWTH, g));
        }
    }

    private static Optional<Growth> growth(Mention scale) {
        return scale.value(Group.SCALE, ProjectSize.class).map(size -> switch (size) {
            case SMALL -> Growth.STAYS_SMALL;
            case MEDIUM -> Growth.STEADY;
            case LARGE -> Growth.HIGH;
        });
    }

    private static Growth ofUsers(double users) {
        if (users >= HIGH_FROM_USERS) {
            return Growth.HIGH;
        }
        return users >= STEADY_FROM_USERS ? Growth.STEADY : Growth.STAYS_SMALL;
    }
}
