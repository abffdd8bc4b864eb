package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Goal;
import com.frameworkadvisor.knowledge.profile.Growth;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.PythonSkill;
import com.frameworkadvisor.knowledge.profile.TeamSize;
import java.util.Locale;

/**
 * The first part of a vocabulary key ("kind" in {@code kind.SHOP}): what a phrase stands for. The rest of the key
 * names a constant of {@link #values}, or for numbers and multipliers the number itself.
 */
enum Group {
    KIND(AppKind.class),
    NEED(Need.class),
    SIZE(ProjectSize.class),
    GROWTH(Growth.class),
    TEAM(TeamSize.class),
    EXPERIENCE(Experience.class),
    /** A stated Python skill that needs nothing else ("pythonista"). */
    PYTHON(PythonSkill.class),
    /** A skill level that speaks of Python only next to the word for Python, or when Python was asked about. */
    LEVEL(PythonSkill.class),
    DEADLINE(Deadline.class),
    /** A point in time ("next month"), which is the deadline only when the message speaks of the release. */
    WHEN(Deadline.class),
    GOAL(Goal.class),
    /** A size adjective; its subject decides whether it sizes the project, the team or the traffic. */
    SCALE(ProjectSize.class),
    UNIT(Unit.class),
    CUE(Cue.class),
    NUMBER(null),
    /** Multiplies the number before it ("10k", "two million"). */
    MULTIPLIER(null);

    @SuppressWarnings("rawtypes")
    private final Class<? extends Enum> values;

    @SuppressWarnings("rawtypes")
    Group(Class<? extends Enum> values) {
        this.values = values;
    }

    String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Throws when {@code value} is not a constant or number this group knows, so that a misspelt key fails early. */
    @SuppressWarnings("unchecked")
    void check(String value) {
        if (values == null) {
            double number = Double.parseDouble(value);
            if (!(number > 0)) {
                throw new IllegalArgumentException(value + " is not a positive number");
            }
        } else {
            Enum.valueOf(values, value);
        }
    }

    static Group ofPrefix(String prefix) {
        for (Group group : values()) {
            if (group.prefix().equals(prefix)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown vocabulary group '" + prefix + "'");
    }
}
