package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Token.Gap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers in a message and what they count: "3 juniors", "about 12 developers", "5-8 devs" (the upper bound),
 * "twenty-five", "a couple of weeks", "10k users", "millions of users", "a month".
 */
final class Quantities {

    // How many tokens may stand between a number and its unit: "3 junior python developers", "a couple of weeks".
    private static final int UNIT_REACH = 2;

    /** A number as written, spanning mentions {@code first} to {@code last}. */
    record Quantity(double value, int first, int last, boolean multiplierOnly) {
    }

    /**
     * A number with what it counts, and the index of the mention naming the unit; {@code past} durations
     * ("for 5 years", "2 years ago") are no deadline.
     */
    record Measure(Unit unit, double value, int unitMention, boolean past) {

        double days() {
            return value * unit.days();
        }
    }

    private final List<Measure> measures = new ArrayList<>();
    private final List<Quantity> unattached = new ArrayList<>();
    private final List<Unit> bareUnits = new ArrayList<>();

    static Quantities of(Layout layout) {
        Quantities quantities = new Quantities();
        quantities.read(layout);
        return quantities;
    }

    /** Numbers with a unit, and units with an article ("a month" is one month). */
    List<Measure> measures() {
        return measures;
    }

    /** Numbers that count nothing named: "we are 4", or a bare "3" answering how big the team is. */
    List<Quantity> unattached() {
        return unattached;
    }

    /** Units with no number: "weeks" answering when the release is due. */
    List<Unit> bareUnits() {
        return bareUnits;
    }

    private void read(Layout layout) {
        List<Mention> mentions = layout.mentions();
        Set<Integer> unitsTaken = new HashSet<>();
        int i = 0;
        while (i < mentions.size()) {
            Optional<Quantity> quantity = readRange(layout, mentions.get(i));
            if (quantity.isEmpty()) {
                i++;
                continue;
            }
            Quantity q = quantity.get();
            i = q.last() + 1;
            if (isVersion(layout, q)) {
                continue;
            }
            Optional<Mention> unitMention = unitOf(layout, q, unitsTaken);
            if (unitMention.isPresent()) {
                unitsTaken.add(unitMention.get().index());
                measures.add(measure(layout, q, unitMention.get()));
            } else if (!q.multiplierOnly()) {
                unattached.add(q);
            }
        }
        for (Mention m : mentions) {
            if (m.has(Group.UNIT) && !unitsTaken.contains(m.index())) {
                Unit unit = m.value(Group.UNIT, Unit.class).orElseThrow();
                boolean counted = unit.isDuration()
                        && layout.adjacentBefore(m).filter(b -> b.has(Cue.ARTICLE)).isPresent();
                if (counted) {
                    measures.add(new Measure(unit, 1, m.index(), false));
                } else {
                    bareUnits.add(unit);
                }
            }
        }
    }

    private static boolean isVersion(Layout layout, Quantity q) {
        return layout.adjacentBefore(layout.mentions().get(q.first())).filter(b -> b.has(Cue.VERSIONED)).isPresent();
    }

    private static Measure measure(Layout layout, Quantity q, Mention unitMention) {
        Unit unit = unitMention.value(Group.UNIT, Unit.class).orElseThrow();
        Optional<Mention> before = layout.adjacentBefore(layout.mentions().get(q.first()));
        if (unit == Unit.PERSON && before.filter(b -> b.has(Cue.AUDIENCE)).isPresent()) {
            unit = Unit.USER;
        }
        boolean past = unit.isDuration() && (before.filter(b -> b.has(Cue.PAST)).isPresent()
                || layout.adjacentAfter(unitMention).filter(a -> a.has(Cue.AGO)).isPresent());
        return new Measure(unit, q.value(), unitMention.index(), past);
    }

    private static Optional<Mention> unitOf(Layout layout, Quantity q, Set<Integer> taken) {
        List<Mention> mentions = layout.mentions();
        Mention last = mentions.get(q.last());
        for (int j = q.last() + 1; j < mentions.size(); j++) {
            Mention candidate = mentions.get(j);
            if (!layout.sameClause(last, candidate) || Layout.tokensBetween(last, candidate) > UNIT_REACH
                    || candidate.has(Group.NUMBER) || candidate.has(Group.MULTIPLIER)) {
                return Optional.empty();
            }
            if (candidate.has(Group.UNIT) && !taken.contains(j)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A number, or a range of two of which the upper bound counts. */
    private static Optional<Quantity> readRange(Layout layout, Mention start) {
        Optional<Quantity> lower = readNumber(layout, start);
        if (lower.isEmpty()) {
            return lower;
        }
        Mention end = layout.mentions().get(lower.get().last());
        Optional<Mention> after = layout.adjacentAfter(end);
        Optional<Mention> upperStart = after.flatMap(a -> {
            if (a.has(Cue.RANGE)) {
                return layout.adjacentAfter(a);
            }
            return layout.gapBefore(a) == Gap.DASH ? Optional.of(a) : Optional.empty();
        });
        Optional<Quantity> upper = upperStart.flatMap(u -> readNumber(layout, u));
        if (upper.isEmpty()) {
            return lower;
        }
        Quantity low = lower.get();
        Quantity high = upper.get();
        return Optional.of(new Quantity(Math.max(low.value(), high.value()), low.first(), high.last(),
                low.multiplierOnly() && high.multiplierOnly()));
    }

    /** One number: digits or words, "twenty five", with a multiplier after it ("10k", "two million"). */
    private static Optional<Quantity> readNumber(Layout layout, Mention start) {
        Optional<Term> number = start.term(Group.NUMBER);
        Optional<Term> multiplier = start.term(Group.MULTIPLIER);
        if (number.isEmpty()) {
            return multiplier.map(m -> new Quantity(m.number(), start.index(), start.index(), true));
        }
        double value = number.get().number();
        Mention last = start;
        Optional<Mention> units = layout.adjacentAfter(last).filter(u -> isUnitsWord(layout, u));
        if (isTensWord(layout, start, value) && units.isPresent()) {
            last = units.get();
            value += last.term(Group.NUMBER).orElseThrow().number();
        }
        Optional<Term> times = layout.adjacentAfter(last).flatMap(m -> m.term(Group.MULTIPLIER));
        if (times.isPresent()) {
            value *= times.get().number();
            last = layout.mentions().get(last.index() + 1);
        }
        return Optional.of(new Quantity(value, start.index(), last.index(), false));
    }

    private static boolean isTensWord(Layout layout, Mention m, double value) {
        return !layout.isNumberToken(m) && value >= 20 && value < 100 && value % 10 == 0;
    }

    private static boolean isUnitsWord(Layout layout, Mention m) {
        return !layout.isNumberToken(m) && m.term(Group.NUMBER).map(Term::number).filter(v -> v >= 1 && v < 10)
                .isPresent();
    }
}
