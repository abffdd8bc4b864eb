package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Goal;
import com.frameworkadvisor.knowledge.profile.Growth;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.PythonSkill;
import com.frameworkadvisor.knowledge.profile.TeamSize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Profiles as real interviews leave them, from a complete one with many needs (many rules fire) to the empty one
 * (few fire, but every question is still open, which is the most work for the open-question ranking).
 */
final class BenchmarkProfiles {

    static final String LARGE_SHOP = "large-shop";
    static final String SMALL_ML_API = "small-ml-api";
    static final String BEGINNERS_CMS = "beginners-cms";
    static final String ASYNC_API = "async-api";
    static final String HALF_ANSWERED = "half-answered";
    static final String EMPTY = "empty";

    /** By name, in the order the reports list them. */
    static final Map<String, Profile> ALL = all();

    private BenchmarkProfiles() {
    }

    static Profile named(String name) {
        Profile profile = ALL.get(name);
        if (profile == null) {
            throw new IllegalArgumentException("no benchmark profile named " + name + "; known: " + ALL.keySet());
        }
        return profile;
    }

    private static Map<String, Profile> all() {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        // A shop that will grow, built by five experienced developers, wanting every built-in.
        profiles.put(LARGE_SHOP, new Profile(ProjectSize.LARGE, Growth.HIGH, TeamSize.SMALL, Experience.EXPERIENCED,
                PythonSkill.STRONG, Deadline.NORMAL, Goal.FULL_PRODUCT,
                Set.of(Need.ADMIN, Need.USER_ACCOUNTS, Need.ORM, Need.SECURITY, Need.EMAIL), true, AppKind.SHOP));
        // One data scientist putting a model behind an API.
        profiles.put(SMALL_ML_API, new Profile(ProjectSize.SMALL, Growth.STAYS_SMALL, TeamSize.SOLO, Experience.MIXED,
                PythonSkill.STRONG, Deadline.NORMAL, Goal.MVP, Set.of(Need.ML_MODEL, Need.REST_API), true,
                AppKind.API));
        // Newcomers with a medium CMS due in weeks.
        profiles.put(BEGINNERS_CMS, new Profile(ProjectSize.MEDIUM, Growth.STEADY, TeamSize.SMALL,
                Experience.BEGINNERS, PythonSkill.BASIC, Deadline.TIGHT, Goal.FULL_PRODUCT,
                Set.of(Need.ADMIN, Need.USER_ACCOUNTS), true, AppKind.CMS));
        // A high-traffic asynchronous API split into services.
        profiles.put(ASYNC_API, new Profile(ProjectSize.MEDIUM, Growth.HIGH, TeamSize.MEDIUM, Experience.EXPERIENCED,
                PythonSkill.STRONG, Deadline.RELAXED, Goal.FULL_PRODUCT,
                Set.of(Need.ASYNC_PERFORMANCE, Need.REST_API, Need.MICROSERVICES), true, AppKind.API));
        // Stopped after three questions: the needs, the team and the rest unanswered.
        profiles.put(HALF_ANSWERED, new Profile(ProjectSize.SMALL, null, null, null, null, Deadline.TIGHT, null, null,
                false, AppKind.BLOG));
        profiles.put(EMPTY, Profile.EMPTY);
        return Collections.unmodifiableMap(profiles);
    }
}
