package com.frameworkadvisor.knowledge.profile;

/** The team's experience with web frameworks. */
public enum Experience {
    /** Nobody on the team has built a web application with a framework before. */
    BEGINNERS,
    /** Mostly newcomers, guided by at least one senior developer. */
    MIXED,
    /** Seasoned web developers. */
    EXPERIENCED
}
