package com.frameworkadvisor.knowledge.profile;

/** How many developers work on the project. */
public enum TeamSize {
    /** One developer. */
    SOLO,
    /** Two to five developers. */
    SMALL,
    /** Six to fifteen developers. */
    MEDIUM,
    /** Sixteen or more developers. */
    LARGE;

    /** Maps a head count to its band, so free text such as "about 12 developers" can be answered. */
    public static TeamSize ofHeadCount(int developers) {
        if (developers <= 1) {
            return SOLO;
        }
        if (developers <= 5) {
            return SMALL;
        }
        return developers <= 15 ? MEDIUM : LARGE;
    }
}
