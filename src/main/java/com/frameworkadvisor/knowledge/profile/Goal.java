package com.frameworkadvisor.knowledge.profile;

/** What the first release is meant to be. */
public enum Goal {
    /** A prototype or minimum viable product to test an idea. */
    MVP,
    /** A product meant to be run and extended for years. */
    FULL_PRODUCT
}
