package com.frameworkadvisor.session;

import java.time.Instant;

/** One stored conversation: its opaque state, its version for optimistic locking, and when it last changed. */
public record StoredConversation(String chatKey, String state, long version, Instant updatedAt) {
}
