package com.frameworkadvisor.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Conversation settings ({@code ADVISOR_CONVERSATIONS_*} in the environment).
 *
 * @param idleExpiry a conversation untouched for this long is deleted, and a user who comes back after it is told
 *                   so ({@code ADVISOR_CONVERSATIONS_IDLE_EXPIRY})
 */
@ConfigurationProperties(prefix = "advisor.conversations")
public record ConversationProperties(@DefaultValue("30d") Duration idleExpiry) {
}
