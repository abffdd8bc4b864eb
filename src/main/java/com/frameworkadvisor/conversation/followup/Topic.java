package com.frameworkadvisor.conversation.followup;

import java.util.List;

/**
 * Subjects a follow-up question can be about, each mapped to the rules that speak to it (by id prefix), so an
 * answer about "security" is made of exactly the rules' cited points on security.
 */
public enum Topic {
    SECURITY("builtins.security.", "builtins.one-stop."),
    PERFORMANCE("performance.", "apis.async."),
    SCALABILITY("size.growth-high.", "size.scaling-conflict.", "size.environments.", "size.large."),
    LEARNING_CURVE("team.beginners.", "team.newcomers", "team.python-", "team.experienced."),
    COMMUNITY("community."),
    ADMIN("builtins.admin."),
    ORM("builtins.orm.", "flexibility.database-"),
    API("apis.rest", "apis.api-", "apis.full-stack."),
    MICROSERVICES("apis.microservices.", "team.microservice-teams.", "size.scaling-conflict.flask"),
    MACHINE_LEARNING("ml."),
    FLEXIBILITY("flexibility.library-control.", "flexibility.plugins.", "flexibility.extensions.",
            "flexibility.ecosystem-", "kinds.unconventional."),
    DEADLINES("timeline."),
    TEAM("team.");

    private final List<String> rulePrefixes;

    Topic(String... rulePrefixes) {
        this.rulePrefixes = List.of(rulePrefixes);
    }

    public boolean covers(String ruleId) {
        return rulePrefixes.stream().anyMatch(ruleId::startsWith);
    }
}
