package com.frameworkadvisor.knowledge.profile;

/** How well the team knows Python itself. */
public enum PythonSkill {
    /** New to the language. */
    NEW,
    /** Knows the basics. */
    BASIC,
    /** Writes Python every day. */
    STRONG
}
