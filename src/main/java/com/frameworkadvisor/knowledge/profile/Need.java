package com.frameworkadvisor.knowledge.profile;

import java.util.EnumSet;
import java.util.Set;

/** Something the project needs; a project may need several. */
public enum Need {
    ADMIN,
    USER_ACCOUNTS,
    ORM,
    SECURITY,
    EMAIL,
    TESTING,
    SITE_EXTRAS,
    REST_API,
    MICROSERVICES,
    ML_MODEL,
    REALTIME_DASHBOARD,
    ASYNC_PERFORMANCE,
    REAL_TIME,
    LIBRARY_CONTROL,
    DATABASE_CONTROL,
    EXISTING_STACK,
    PLUGINS,
    COMMUNITY_HELP;

    /** The needs a full-stack framework covers out of the box; several rules ask whether any of them is wanted. */
    public static final Set<Need> BUILT_INS = Set.copyOf(EnumSet.of(ADMIN, USER_ACCOUNTS, ORM, SECURITY));
}
