package com.frameworkadvisor.knowledge.profile;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the user told us about the project: the one fact the rules reason about.
 * A {@code null} answer means "not answered" (skipped, "don't know", or not asked yet). Rules that test for an
 * answer never fire on it; only the "otherwise" half of an exclusive pair of conflict rules covers it, so that
 * every disagreement that applies is settled one way or the other.
 * {@code needs} is never {@code null}: {@code needsKnown} says whether the needs question was answered at all,
 * so "needs nothing" and "didn't say" stay different.
 */
public record Profile(
        ProjectSize size,
        Growth growth,
        TeamSize teamSize,
        Experience experience,
        PythonSkill python,
        Deadline deadline,
        Goal goal,
        Set<Need> needs,
        boolean needsKnown,
        AppKind kind) {

    public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null, null, false, null);

    public Profile {
        // Having needs answers the question; needing nothing has to be said explicitly (needsKnown), so an empty
        // set read back from storage or JSON never turns "not answered" into "needs nothing".
        needsKnown = needsKnown || (needs != null && !needs.isEmpty());
        needs = needs == null ? Set.of() : Set.copyOf(needs);
    }

    /** True when the project needs at least one of the things a full-stack framework ships with (the rules ask). */
    public boolean wantsBuiltIns() {
        return builtInsWanted() > 0;
    }

    /** How many of the built-in features (admin, accounts, ORM, security) the project needs. */
    public int builtInsWanted() {
        return (int) needs.stream().filter(Need.BUILT_INS::contains).count();
    }

    public boolean has(Need need) {
        return needs.contains(need);
    }

    /** The needs as a copy should receive them: {@code null} while unanswered, so the copy stays unanswered. */
    Set<Need> needsAsAnswered() {
        return needsKnown ? needs : null;
    }

    public Profile with(Question question, Enum<?> answer) {
        return question.answerWith(this, answer);
    }

    public Profile withNeed(Need need) {
        EnumSet<Need> changed = needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
        changed.add(need);
        return withNeeds(changed);
    }

    public Profile withoutNeed(Need need) {
        EnumSet<Need> changed = needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
        changed.remove(need);
        return withNeeds(changed);
    }

    /** Answers the needs question with exactly these needs (none for an empty set); {@code null} un-answers it. */
    public Profile withNeeds(Set<Need> newNeeds) {
        return new Profile(size, growth, teamSize, experience, python, deadline, goal, newNeeds, newNeeds != null, kind);
    }

    public Profile without(Question question) {
        return question.forget(this);
    }
}
