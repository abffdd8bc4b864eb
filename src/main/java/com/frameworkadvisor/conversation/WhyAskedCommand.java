package com.frameworkadvisor.conversation;

/** Explains why the open question is asked; the question stays open. */
final class WhyAskedCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final Texts texts;

    WhyAskedCommand(InterviewFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        return Turn.of(state, Reply.message(Html.italic(texts.whyAsked(flow.catalogue().of(state.current())))));
    }
}
