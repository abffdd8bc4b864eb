package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;

/** Explains why the open question is asked; the question stays open. */
public final class WhyAskedCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final Texts texts;

    public WhyAskedCommand(InterviewFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        return Turn.of(state, Reply.message(Html.italic(texts.whyAsked(flow.catalogue().of(state.current())))));
    }
}
