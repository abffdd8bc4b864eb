package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.Map;
import java.util.Set;

/**
 * What a message answered.
 *
 * @param answers    single-choice answers found, by question (values are the question's enum type)
 * @param needs      needs the text says the project has
 * @param notNeeded  needs the text explicitly rules out ("no admin needed")
 * @param dontKnow   the text says the user does not know the answer to the expected question
 */
public record ParsedAnswers(Map<Question, Enum<?>> answers, Set<Need> needs, Set<Need> notNeeded, boolean dontKnow) {

    public static final ParsedAnswers NOTHING = new ParsedAnswers(Map.of(), Set.of(), Set.of(), false);

    public ParsedAnswers {
        answers = Map.copyOf(answers);
        needs = Set.copyOf(needs);
        notNeeded = Set.copyOf(notNeeded);
    }

    public boolean isEmpty() {
        return answers.isEmpty() && needs.isEmpty() && notNeeded.isEmpty() && !dontKnow;
    }
}
