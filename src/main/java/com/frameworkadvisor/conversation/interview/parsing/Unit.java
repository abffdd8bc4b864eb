package com.frameworkadvisor.conversation.interview.parsing;

/** What a number counts. */
enum Unit {
    PERSON(0),
    USER(0),
    /** Anything else counted ("12 services", "ten cities"), so that the number counts neither people nor users. */
    THING(0),
    DAY(1),
    WEEK(7),
    SPRINT(14),
    MONTH(30),
    QUARTER(91),
    YEAR(365);

    private final int days;

    Unit(int days) {
        this.days = days;
    }

    boolean isDuration() {
        return days > 0;
    }

    int days() {
        return days;
    }
}
