package com.frameworkadvisor.knowledge.profile;

import java.util.Arrays;
import java.util.List;

/**
 * The questions a profile answers, with a uniform way to read and change each answer.
 * The advisor uses it to try alternative answers (flip points) and to find which open question matters most.
 */
public enum Question {
    SIZE(ProjectSize.class),
    GROWTH(Growth.class),
    TEAM_SIZE(TeamSize.class),
    EXPERIENCE(Experience.class),
    PYTHON(PythonSkill.class),
    DEADLINE(Deadline.class),
    GOAL(Goal.class),
    NEEDS(Need.class),
    KIND(AppKind.class);

    private final Class<? extends Enum<?>> answerType;

    Question(Class<? extends Enum<?>> answerType) {
        this.answerType = answerType;
    }

    public Class<? extends Enum<?>> answerType() {
        return answerType;
    }

    /** The possible answers; for {@link #NEEDS} each value is one need that may be present or not. */
    public List<Enum<?>> options() {
        return Arrays.asList(answerType.getEnumConstants());
    }

    /** Whether the question is a multiple choice, where answers are toggled rather than replaced. */
    public boolean isMultipleChoice() {
        return this == NEEDS;
    }

    public boolean isAnswered(Profile profile) {
        return this == NEEDS ? profile.needsKnown() : answer(profile) != null;
    }

    /** The single answer, or {@code null}; for {@link #NEEDS} use {@link Profile#needs()}. */
    public Enum<?> answer(Profile profile) {
        return switch (this) {
            case SIZE -> profile.size();
            case GROWTH -> profile.growth();
            case TEAM_SIZE -> profile.teamSize();
            case EXPERIENCE -> profile.experience();
            case PYTHON -> profile.python();
            case DEADLINE -> profile.deadline();
            case GOAL -> profile.goal();
            case KIND -> profile.kind();
            case NEEDS -> throw new UnsupportedOperationException("needs are a set; read Profile.needs()");
        };
    }

    Profile answerWith(Profile p, Enum<?> value) {
        if (value != null && !answerType.isInstance(value)) {
            throw new IllegalArgumentException(value + " does not answer " + this);
        }
        return switch (this) {
            case SIZE -> new Profile((ProjectSize) value, p.growth(), p.teamSize(), p.experience(), p.python(),
                    p.deadline(), p.goal(), p.needsAsAnswered(), p.needsKnown(), p.kind());
            case GROWTH -> new Profile(p.size(), (Growth) value, p.teamSize(), p.experience(), p.python(),
                    p.deadline(), p.goal(), p.needsAsAnswered(), p.needsKnown(), p.kind());
            case TEAM_SIZE -> new Profile(p.size(), p.growth(), (TeamSize) value, p.experience(), p.python(),
                    p.deadline(), p.goal(), p.needsAsAnswered(), p.needsKnown(), p.kind());
            case EXPERIENCE -> new Profile(p.size(), p.growth(), p.teamSize(), (Experience) value, p.python(),
                    p.deadline(), p.goal(), p.needsAsAnswered(), p.needsKnown(), p.kind());
            case PYTHON -> new Profile(p.size(), p.growth(), p.teamSize(), p.experience(), (PythonSkill) value,
                    p.deadline(), p.goal(), p.needsAsAnswered(), p.needsKnown(), p.kind());
            case DEADLINE -> new Profile(p.size(), p.growth(), p.teamSize(), p.experience(), p.python(),
                    (Deadline) value, p.goal(), p.needsAsAnswered(), p.needsKnown(), p.kind());
            case GOAL -> new Profile(p.size(), p.growth(), p.teamSize(), p.experience(), p.python(),
                    p.deadline(), (Goal) value, p.needsAsAnswered(), p.needsKnown(), p.kind());
            case KIND -> new Profile(p.size(), p.growth(), p.teamSize(), p.experience(), p.python(),
                    p.deadline(), p.goal(), p.needsAsAnswered(), p.needsKnown(), (AppKind) value);
            case NEEDS -> value == null ? p.withNeeds(null) : p.withNeed((Need) value);
        };
    }

    Profile forget(Profile p) {
        return answerWith(p, null);
    }
}
