package com.frameworkadvisor.conversation.interview.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each size word ("small", "huge") describes: the team ("small team", "the team is big"), the project
 * ("a small internal tool", "a big shop") or the traffic ("huge traffic"). A size word that describes nothing is
 * left to the question being asked.
 */
final class ScaleSubjects {

    // "a small internal tool": the subject usually follows within a word or two...
    private static final int REACH_AFTER = 2;
    // ... or comes first, as in "the team will be small".
    private static final int REACH_BEFORE = 3;

    private final Map<Integer, Cue> subjects;

    private ScaleSubjects(Map<Integer, Cue> subjects) {
        this.subjects = subjects;
    }

    static ScaleSubjects of(Layout layout) {
        Map<Integer, Cue> subjects = new HashMap<>();
        List<Mention> mentions = layout.mentions();
        for (Mention scale : mentions) {
            if (scale.has(Group.SCALE)) {
                after(layout, scale).or(() -> before(layout, scale)).ifPresent(s -> subjects.put(scale.index(), s));
            }
        }
        return new ScaleSubjects(subjects);
    }

    /**
     * {@link Cue#TEAM}, {@link Cue#PROJECT} or {@link Cue#TRAFFIC}, or {@link Cue#AUDIENCE} for whatever else is
     * counted ("small clinics": the customers' size is not the project's); empty when the word stands alone.
     */
    Optional<Cue> subjectOf(Mention scale) {
        return Optional.ofNullable(subjects.get(scale.index()));
    }

    private static Optional<Cue> after(Layout layout, Mention scale) {
        List<Mention> mentions = layout.mentions();
        for (int j = scale.index() + 1; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (!layout.sameClause(scale, m) || Layout.tokensBetween(scale, m) > REACH_AFTER) {
                break;
            }
            Optional<Cue> subject = subject(m);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    private static Optional<Cue> before(Layout layout, Mention scale) {
        List<Mention> mentions = layout.mentions();
        for (int j = scale.index() - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (!layout.sameClause(scale, m) || Layout.tokensBetween(m, scale) > REACH_BEFORE) {
                break;
            }
            Optional<Cue> subject = subject(m);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    private static Optional<Cue> subject(Mention m) {
        Optional<Unit> unit = m.value(Group.UNIT, Unit.class);
        if (unit.filter(u -> u == Unit.THING).isPresent()) {
            return Optional.of(Cue.AUDIENCE);
        }
        if (m.has(Cue.TEAM) || unit.filter(u -> u == Unit.PERSON).isPresent()) {
            return Optional.of(Cue.TEAM);
        }
        if (m.has(Cue.TRAFFIC) || unit.filter(u -> u == Unit.USER).isPresent()) {
            return Optional.of(Cue.TRAFFIC);
        }
        if (m.has(Cue.PROJECT) || m.has(Group.KIND)) {
            return Optional.of(Cue.PROJECT);
        }
        return Optional.empty();
    }
}
