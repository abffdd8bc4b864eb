package com.frameworkadvisor.session;

/** Another writer stored a newer version of the conversation first; the caller reloads and retries. */
public final class ConcurrentConversationUpdateException extends RuntimeException {

    public ConcurrentConversationUpdateException(String chatKey, long expectedVersion) {
        super("conversation " + chatKey + " is no longer at version " + expectedVersion);
    }
}
