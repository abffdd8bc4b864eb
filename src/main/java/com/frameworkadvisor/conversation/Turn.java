package com.frameworkadvisor.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of handling one input: the state to store and the replies to send, in order.
 *
 * @param forgetsEverything the user confirmed /forget: instead of storing the state, everything stored about the
 *                          conversation is deleted (the service's and the transport's part of it alike)
 */
public record Turn(ConversationState state, List<Reply> replies, boolean forgetsEverything) {

    public Turn {
        replies = List.copyOf(replies);
    }

    public Turn(ConversationState state, List<Reply> replies) {
        this(state, replies, false);
    }

    public static Turn of(ConversationState state, Reply... replies) {
        return new Turn(state, List.of(replies));
    }

    /** This turn with more replies sent before its own. */
    public Turn after(List<Reply> earlier) {
        List<Reply> all = new ArrayList<>(earlier);
        all.addAll(replies);
        return new Turn(state, all, forgetsEverything);
    }
}
