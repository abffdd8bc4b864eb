package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import java.util.List;

/**
 * Starts a fresh interview. A deep-link payload ({@code /start online_shop}) or an opening message ("we're
 * building a shop") is read as answers, so the interview can skip ahead from the first turn.
 */
public final class StartCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final AnswerHandler answers;
    private final Texts texts;
    private final String welcomeKey;

    public StartCommand(InterviewFlow flow, AnswerHandler answers, Texts texts, String welcomeKey) {
        this.flow = flow;
        this.answers = answers;
        this.texts = texts;
        this.welcomeKey = welcomeKey;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        ConversationState fresh = state.restarted();
        Reply welcome = Reply.message(texts.get(welcomeKey));
        String opening = argument.replace('_', ' ').replace('-', ' ').strip();
        if (!opening.isEmpty()) {
            AnswerHandler.Applied applied = answers.applyInPassing(fresh, opening);
            List<Reply> before = applied.noted().map(noted -> List.of(welcome, noted)).orElse(List.of(welcome));
            return flow.proceed(applied.state(), before);
        }
        return flow.proceed(fresh, List.of(welcome));
    }
}
