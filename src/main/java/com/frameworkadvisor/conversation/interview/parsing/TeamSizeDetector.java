package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Quantities.Measure;
import com.frameworkadvisor.conversation.interview.parsing.Quantities.Quantity;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.profile.TeamSize;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How many developers: a head count first ("3 juniors", "a team of 25", "we are 4"), then words ("solo",
 * "just me"), then a size word about the team ("small team"), and, when the team size was asked, a bare number
 * or size word ("3", "big").
 */
final class TeamSizeDetector implements Detector {

    // "a team of 25", "we are 4": the number follows the word for the team closely.
    private static final int COUNT_REACH = 2;

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        headCount(reading).ifPresent(n -> findings.answer(Question.TEAM_SIZE, ofHeadCount(n)));
        reading.mentions(Group.TEAM).findFirst().flatMap(m -> m.value(Group.TEAM, TeamSize.class))
                .ifPresent(size -> findings.answer(Question.TEAM_SIZE, size));
        reading.mentions(Group.SCALE).filter(m -> reading.scaleSubject(m).filter(s -> s == Cue.TEAM).isPresent())
                .findFirst().ifPresent(m -> findings.answer(Question.TEAM_SIZE, teamSize(m)));
        if (expected == Question.TEAM_SIZE) {
            reading.quantities().unattached().stream().findFirst()
                    .ifPresent(q -> findings.answer(Question.TEAM_SIZE, ofHeadCount(q.value())));
            reading.bareScales().findFirst().ifPresent(m -> findings.answer(Question.TEAM_SIZE, teamSize(m)));
        }
    }

    private static OptionalDouble headCount(Reading reading) {
        // Several counts ("3 juniors and 2 seniors") may overlap ("5 devs, 3 of them juniors"): the largest is safe.
        OptionalDouble people = reading.quantities().measures().stream().filter(m -> m.unit() == Unit.PERSON)
                .mapToDouble(Measure::value).max();
        // "A mix of juniors and one senior": the one is a part of the team, whose size is not said.
        if (people.isPresent() && people.getAsDouble() == 1 && reading.mentions(Group.EXPERIENCE).count() > 1) {
            return OptionalDouble.empty();
        }
        if (people.isPresent()) {
            return people;
        }
        return reading.quantities().unattached().stream().filter(q -> followsTheTeam(reading, q))
                .mapToDouble(Quantity::value).findFirst();
    }

    private static boolean followsTheTeam(Reading reading, Quantity quantity) {
        Layout layout = reading.layout();
        List<Mention> mentions = layout.mentions();
        Mention number = mentions.get(quantity.first());
        for (int j = quantity.first() - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (!layout.sameClause(m, number) || Layout.tokensBetween(m, number) > COUNT_REACH) {
                return false;
            }
            if (m.has(Cue.TEAM)) {
                return true;
            }
        }
        return false;
    }

    private static TeamSize teamSize(Mention scale) {
        return TeamSize.valueOf(scale.term(Group.SCALE).orElseThrow().value());
    }

    static TeamSize ofHeadCount(double count) {
        return TeamSize.ofHeadCount((int) Math.min(Math.round(count), Integer.MAX_VALUE));
    }
}
