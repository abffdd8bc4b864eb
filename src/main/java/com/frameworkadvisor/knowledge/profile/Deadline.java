package com.frameworkadvisor.knowledge.profile;

/** How soon the first release is due. */
public enum Deadline {
    /** Weeks. */
    TIGHT,
    /** A few months. */
    NORMAL,
    /** No fixed date. */
    RELAXED
}
