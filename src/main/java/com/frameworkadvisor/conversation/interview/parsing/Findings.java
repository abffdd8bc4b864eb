package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The answers found so far in one message. */
final class Findings {

    private final Map<Question, Enum<?>> answers = new EnumMap<>(Question.class);
    private final Map<Need, Boolean> needs = new EnumMap<>(Need.class);
    private boolean dontKnow;

    /** Keeps the first answer offered to a question: detectors offer their most precise evidence first. */
    void answer(Question question, Enum<?> value) {
        answers.putIfAbsent(question, value);
    }

    /** Records a need or its absence; a later mention overrides an earlier one ("no admin... actually, an admin"). */
    void need(Need need, boolean wanted) {
        needs.put(need, wanted);
    }

    void dontKnow() {
        dontKnow = true;
    }

    boolean isRuledOut(Need need) {
        return Boolean.FALSE.equals(needs.get(need));
    }

    boolean isAnswered(Question question) {
        return question == Question.NEEDS ? !needs.isEmpty() : answers.containsKey(question);
    }

    boolean isEmpty() {
        return answers.isEmpty() && needs.isEmpty() && !dontKnow;
    }

    ParsedAnswers toParsedAnswers() {
        if (isEmpty()) {
            return ParsedAnswers.NOTHING;
        }
        Set<Need> wanted = EnumSet.noneOf(Need.class);
        Set<Need> unwanted = EnumSet.noneOf(Need.class);
        needs.forEach((need, isWanted) -> (isWanted ? wanted : unwanted).add(need));
        return new ParsedAnswers(answers, wanted, unwanted, dontKnow);
    }
}
