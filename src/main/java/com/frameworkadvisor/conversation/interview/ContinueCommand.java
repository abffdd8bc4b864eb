package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import java.util.List;

/** After an early stop (or the result), asks the questions that are still open. */
public final class ContinueCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final Texts texts;

    public ContinueCommand(InterviewFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        Turn next = flow.proceed(state.withStage(Stage.INTERVIEW).goingThorough(), List.of());
        if (next.state().stage() == Stage.RESULT) {
            return Turn.of(state, Reply.message(texts.get("continue.nothing-left")));
        }
        return next;
    }
}
