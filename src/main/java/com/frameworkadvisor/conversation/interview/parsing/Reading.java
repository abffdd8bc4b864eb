package com.frameworkadvisor.conversation.interview.parsing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** One message, read: its mentions, where they stand, what is negated, what the numbers count. */
final class Reading {

    private final Layout layout;
    private final Polarity polarity;
    private final Quantities quantities;
    private final ScaleSubjects scaleSubjects;
    private final LocalDate today;
    private final Locale locale;
    private final Set<Integer> used = new HashSet<>();

    private Reading(Layout layout, LocalDate today, Locale locale) {
        this.layout = layout;
        this.today = today;
        this.locale = locale;
        this.polarity = Polarity.of(layout);
        this.quantities = Quantities.of(layout);
        this.scaleSubjects = ScaleSubjects.of(layout);
    }

    static Reading of(List<Token> tokens, Lexicon lexicon, LocalDate today, Locale locale) {
        return new Reading(new Layout(tokens, lexicon.scan(tokens)), today, locale);
    }

    /** Days from the day the message is read to the soonest date it names ("by March", "Q3"), if any. */
    OptionalLong daysToSoonestDate() {
        return CalendarDates.soonest(layout.tokens(), locale, today);
    }

    boolean isEmpty() {
        return layout.mentions().isEmpty();
    }

    Layout layout() {
        return layout;
    }

    List<Mention> mentions() {
        return layout.mentions();
    }

    Stream<Mention> mentions(Group group) {
        return mentions().stream().filter(m -> m.has(group));
    }

    /** Mentions of {@code group} that the message neither negates nor hedges. */
    Stream<Mention> affirmed(Group group) {
        return mentions(group).filter(m -> !isNegated(m) && !isHedged(m));
    }

    boolean isNegated(Mention mention) {
        return polarity.isNegated(mention);
    }

    boolean isHedged(Mention mention) {
        return polarity.isHedged(mention);
    }

    Quantities quantities() {
        return quantities;
    }

    Optional<Cue> scaleSubject(Mention scale) {
        return scaleSubjects.subjectOf(scale);
    }

    /** Size words that describe nothing in particular, so that the question asked decides what they size. */
    Stream<Mention> bareScales() {
        return mentions(Group.SCALE).filter(m -> scaleSubject(m).isEmpty());
    }

    /** Records that a mention served as evidence for an answer, so that it is not read a second way. */
    void markUsed(Mention mention) {
        used.add(mention.index());
    }

    boolean isUsed(Mention mention) {
        return used.contains(mention.index());
    }
}
