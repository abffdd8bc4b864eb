package com.frameworkadvisor.conversation.interview.parsing;

/** Words that carry no answer themselves but shape how the words around them are read. */
enum Cue {
    /** An article that counts one of a duration ("a month"). */
    ARTICLE,
    /** Joins the two ends of a number range ("5 to 8"). */
    RANGE,
    /** Starts a new clause ("but"), which ends a negation. */
    CLAUSE_BREAK,
    /** Negates what follows ("no admin"). */
    NEGATION_BEFORE,
    /** Negates what precedes ("admin isn't needed"). */
    NEGATION_AFTER,
    /** Asks for what follows ("need"), which ends a negation that has already negated something. */
    AFFIRMATION,
    /** The user does not know. */
    DONT_KNOW,
    /** The team, as the subject of a count or a size ("a team of 25", "small team"). */
    TEAM,
    /** The project, as the subject of a size ("a small tool"). */
    PROJECT,
    /** Traffic, as the subject of a size ("huge traffic"). */
    TRAFFIC,
    /** The Python language, the subject of a skill level. */
    PYTHON,
    /** Before a duration, makes it the past rather than a deadline ("for 5 years"). */
    PAST,
    /** After a duration, makes it the past rather than a deadline ("2 years ago"). */
    AGO,
    /** Before a head count, makes it the audience rather than the team ("a tool for 50 people"). */
    AUDIENCE,
    /** After a number, makes it a part of the team ("two of our four"). */
    PARTITIVE,
    /** Says a need is met elsewhere ("login is handled by our SSO", "we already have an admin tool"). */
    HANDLED,
    /** Speaks of the release, so that a duration in the message is when it is due ("launch in 5 months"). */
    RELEASE,
    /** Names software, so that a number right after it is a version, not a count ("Python 3.11"). */
    VERSIONED,
    /**
     * A set phrase that holds an answer word but answers nothing ("good news", "health check"); being longer, it
     * wins over the word inside it.
     */
    IDIOM
}
