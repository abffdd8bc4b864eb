package com.frameworkadvisor.conversation;

import java.util.ArrayList;
import java.util.List;

/** The result of handling one input: the state to store and the replies to send, in order. */
public record Turn(ConversationState state, List<Reply> replies) {

    public Turn {
        replies = List.copyOf(replies);
    }

    public static Turn of(ConversationState state, Reply... replies) {
        return new Turn(state, List.of(replies));
    }

    /** This turn with more replies sent before its own. */
    public Turn after(List<Reply> earlier) {
        List<Reply> all = new ArrayList<>(earlier);
        all.addAll(replies);
        return new Turn(state, all);
    }
}
