package com.frameworkadvisor.conversation.followup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Subjects a follow-up question can be about. A rule says which subjects it speaks to in its own
 * {@code @topics} metadata ("learning-curve" for {@link #LEARNING_CURVE}), so an answer about security is made of
 * exactly the rules' cited points on security, and a new rule joins a topic without touching this code.
 */
public enum Topic {
    SECURITY,
    ACCOUNTS,
    ASYNC,
    PERFORMANCE,
    SCALABILITY,
    LEARNING_CURVE,
    COMMUNITY,
    ADMIN,
    ORM,
    API,
    MICROSERVICES,
    MACHINE_LEARNING,
    FLEXIBILITY,
    DEADLINES,
    TEAM;

    /** The name rules use for this topic in {@code @topics}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Topic> ofKey(String key) {
        for (Topic topic : values()) {
            if (topic.key().equals(key)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    public boolean covers(List<String> ruleTopics) {
        return ruleTopics.contains(key());
    }
}
