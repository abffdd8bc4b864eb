package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import java.util.List;

/**
 * Picks a conversation up where it was, as after a restart of the program: the open question again, or a
 * reminder that the recommendation is ready. With nothing going on, it starts one.
 */
public final class ResumeCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final CommandHandler start;
    private final Texts texts;
    /** "resumed" after a restart of the program, "undone" after an undo: the greeting, and the key prefix. */
    private final String greetingKey;

    public ResumeCommand(InterviewFlow flow, CommandHandler start, Texts texts, String greetingKey) {
        this.flow = flow;
        this.start = start;
        this.texts = texts;
        this.greetingKey = greetingKey;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        if (state.stage() == Stage.IDLE) {
            return start.handle(state, argument);
        }
        if (state.current() != null) {
            return Turn.of(state, Reply.message(texts.get(greetingKey)),
                    flow.questions().reask(state, flow.catalogue().of(state.current()), "back-to-question"));
        }
        if (state.stage() == Stage.RESULT && state.shown() != null) {
            return Turn.of(state, Reply.message(texts.get(greetingKey + ".result",
                    texts.outcome(state.shown().verdict(), state.shown().confidence()),
                    texts.confidence(state.shown().confidence()))));
        }
        return flow.proceed(state, List.of(Reply.message(texts.get(greetingKey))));
    }
}
