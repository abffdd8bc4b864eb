package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Turn;
import java.util.List;

/**
 * Leaves the open question unanswered: "skip" (the user would rather not say) or "don't know" (the user cannot
 * say yet). Either way the advisor assumes nothing; a "don't know" is remembered, and the result mentions it.
 */
public final class SkipCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final boolean dontKnow;

    public SkipCommand(InterviewFlow flow, boolean dontKnow) {
        this.flow = flow;
        this.dontKnow = dontKnow;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        ConversationState unanswered = state.withProfile(state.profile().without(state.current()));
        ConversationState skipped = dontKnow ? unanswered.notKnowing(state.current())
                : unanswered.skipping(state.current());
        Reply echo = flow.questions().answered(flow.catalogue().of(state.current()), skipped);
        return flow.proceed(skipped, List.of(echo));
    }
}
