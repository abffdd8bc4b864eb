package com.frameworkadvisor.conversation;

import java.util.List;

/** Skips the open question ("skip" and "don't know" both leave it unanswered); the advisor assumes nothing. */
final class SkipCommand implements CommandHandler {

    private final InterviewFlow flow;

    SkipCommand(InterviewFlow flow) {
        this.flow = flow;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        ConversationState skipped = state.withProfile(state.profile().without(state.current()))
                .skipping(state.current());
        Reply echo = flow.questions().answered(flow.catalogue().of(state.current()), skipped);
        return flow.proceed(skipped, List.of(echo));
    }
}
