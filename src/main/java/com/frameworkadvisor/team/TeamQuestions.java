package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.knowledge.profile.Profile;
import java.util.Optional;

/** Answers a follow-up question about the team's answers, read-only (the conversation engine's follow-ups). */
@FunctionalInterface
public interface TeamQuestions {

    /** @return the answer; empty when the question would change the answers, which members do in private */
    Optional<Reply> answer(Profile teamAnswers, String question);
}
