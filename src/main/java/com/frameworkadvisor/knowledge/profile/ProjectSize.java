package com.frameworkadvisor.knowledge.profile;

/** How big and complex the project is when it is finished. */
public enum ProjectSize {
    /** A few pages or endpoints, little business logic. */
    SMALL,
    /** A real product with several features, but not a platform. */
    MEDIUM,
    /** Many features and dynamic pages, a codebase that keeps growing. */
    LARGE
}
