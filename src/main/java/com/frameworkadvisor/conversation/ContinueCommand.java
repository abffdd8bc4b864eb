package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import java.util.List;

/** After an early stop (or the result), asks the questions that are still open. */
final class ContinueCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final Texts texts;

    ContinueCommand(InterviewFlow flow, Texts texts) {
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
