package com.frameworkadvisor.knowledge.profile;

/** How much the project is expected to grow in features and traffic. */
public enum Growth {
    /** It will stay about the size it starts at. */
    STAYS_SMALL,
    /** Some growth, nothing dramatic. */
    STEADY,
    /** Heavy traffic or a much bigger product later. */
    HIGH
}
