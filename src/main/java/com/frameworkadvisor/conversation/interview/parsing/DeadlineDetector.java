package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Quantities.Measure;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * When the first release is due: words ("asap", "no deadline", "next year"), a duration ("two weeks",
 * "in 10 days", "a quarter") or a date ("by March", "Q3", "end of the year"). When several are given ("an MVP in
 * 2 weeks, the rest in 6 months"), the first release is the earliest, so the tightest wins.
 */
final class DeadlineDetector implements Detector {

    // Six weeks is still "weeks"; up to about half a year is "a few months".
    private static final double TIGHT_UP_TO_DAYS = 45;
    private static final double NORMAL_UP_TO_DAYS = 200;
    // A bare "weeks" or "months" for the deadline means a few of them.
    private static final int BARE_UNIT_COUNT = 2;

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        Stream<Deadline> worded = reading.mentions(Group.DEADLINE)
                .flatMap(m -> m.value(Group.DEADLINE, Deadline.class).stream());
        // With another question open, a duration or a point in time is the release only when the message speaks
        // of the release: "ten cities within a year" answers how it will grow, not when it is due.
        boolean speaksOfTheRelease = reading.mentions().stream()
                .anyMatch(m -> m.has(Cue.RELEASE) || m.has(Group.DEADLINE));
        boolean aboutTheRelease = expected == null || expected == Question.DEADLINE || speaksOfTheRelease;
        Stream<Deadline> pointed = reading.mentions(Group.WHEN).filter(m -> aboutTheRelease)
                .flatMap(m -> m.value(Group.WHEN, Deadline.class).stream());
        Stream<Deadline> measured = reading.quantities().measures().stream()
                .filter(m -> m.unit().isDuration() && !m.past() && aboutTheRelease)
                .map(Measure::days).map(DeadlineDetector::ofDays);
        OptionalLong dated = reading.daysToSoonestDate();
        Stream<Deadline> calendar = dated.isPresent() && aboutTheRelease
                ? Stream.of(ofDays(dated.getAsLong())) : Stream.empty();
        Optional<Deadline> tightest = Stream.of(worded, pointed, measured, calendar).flatMap(s -> s)
                .min(Comparator.naturalOrder());
        // "Our deadline is weeks" says it too, with the deadline question open or not.
        if (tightest.isEmpty() && (expected == Question.DEADLINE || speaksOfTheRelease)) {
            tightest = reading.quantities().bareUnits().stream().filter(Unit::isDuration)
                    .map(u -> ofDays((double) BARE_UNIT_COUNT * u.days())).min(Comparator.naturalOrder());
        }
        tightest.ifPresent(d -> findings.answer(Question.DEADLINE, d));
    }

    static Deadline ofDays(double days) {
        if (days <= TIGHT_UP_TO_DAYS) {
            return Deadline.TIGHT;
        }
        return days <= NORMAL_UP_TO_DAYS ? Deadline.NORMAL : Deadline.RELAXED;
    }
}
