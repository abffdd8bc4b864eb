package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;

/**
 * Goes back to the previous question and asks it again, showing the answer it had, so nothing chosen is lost by
 * going back. After the recommendation, "back" reopens the last question answered.
 */
public final class BackCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final Texts texts;

    public BackCommand(InterviewFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        List<Question> asked = state.asked();
        // During the interview the last asked question is the open one; the one before it is where "back" goes.
        int previousIndex = state.current() != null ? asked.size() - 2 : asked.size() - 1;
        if (previousIndex < 0) {
            return Turn.of(state, Reply.message(texts.get("back.first-question")));
        }
        Question previous = asked.get(previousIndex);
        // The answer stays: the question comes back showing it (ticked), to keep with one tap or to change.
        ConversationState rewound = state.current() != null ? state.withoutLastAsked() : state;
        return flow.reopen(rewound, previous);
    }
}
