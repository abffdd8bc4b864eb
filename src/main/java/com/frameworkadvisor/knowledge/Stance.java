package com.frameworkadvisor.knowledge;

/** Whether a piece of evidence speaks for an option or against it. */
public enum Stance {
    FAVOURS,
    AGAINST
}
