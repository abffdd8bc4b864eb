package com.frameworkadvisor.session;

import java.util.Optional;

/**
 * Where conversations are kept between turns. The state is opaque text (JSON written by the conversation
 * feature); the store only keeps it safe, versioned so that two writers can never silently overwrite each other.
 */
public interface ConversationStore {

    Optional<StoredConversation> load(String chatKey);

    /**
     * Stores the state if the stored version is still {@code expectedVersion} (0 for a conversation not stored
     * yet) and returns the new version.
     *
     * @throws ConcurrentConversationUpdateException when another writer stored a newer version first
     */
    long save(String chatKey, String state, long expectedVersion);

    /** Forgets everything stored for the chat; true when there was something to delete. */
    boolean delete(String chatKey);

    /** Deletes the conversations nobody touched since the cut-off; returns how many. */
    int deleteNotUpdatedSince(java.time.Instant cutOff);
}
