package com.frameworkadvisor.conversation;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Conversation settings ({@code ADVISOR_CONVERSATIONS_*} in the environment).
 *
 * @param idleExpiry a conversation untouched for this long is deleted, and a user who comes back after it is told
 *                   so ({@code ADVISOR_CONVERSATIONS_IDLE_EXPIRY})
 * @param retentionCheck how often expired conversations are looked for and deleted
 *                       ({@code ADVISOR_CONVERSATIONS_RETENTION_CHECK})
 */
@ConfigurationProperties(prefix = "advisor.conversations")
public record ConversationProperties(@DefaultValue("30d") Duration idleExpiry,
                                     @DefaultValue("1h") Duration retentionCheck) {

    /** Conversations last changed before this moment have expired: the one place the expiry is worked out. */
    public Instant idleCutoff(Instant now) {
        return now.minus(idleExpiry);
    }
}
