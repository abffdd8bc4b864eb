package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.OpenQuestion;
import com.frameworkadvisor.knowledge.Outlook;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides what to ask next. Questions come in catalogue order; a question marked "while it matters" is skipped
 * once no answer to it could move the recommendation or settle a disagreement. Once the verdict is clear and no
 * remaining question could change it, only the needs and the questions that decide a disagreement are still
 * asked, and then the interview stops early. The impact of each open question comes from the advisor, which
 * re-evaluates the rules for every possible answer.
 */
public final class InterviewPlanner {

    /** Below this many answers the interview never stops early: a verdict on two answers is not worth trusting. */
    static final int MINIMUM_ANSWERS_BEFORE_STOPPING = 4;

    private final QuestionCatalogue catalogue;

    public InterviewPlanner(QuestionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param current  the assessment of the answers so far, with the questions left open
     * @param skipped  questions the user skipped or could not answer; never asked again unless they go back
     * @param thorough true once the user asked to continue after an early stop: ask everything still open
     */
    public Plan plan(Outlook current, Set<Question> skipped, boolean thorough) {
        Map<Question, OpenQuestion> open = current.openQuestions().stream()
                .collect(Collectors.toMap(OpenQuestion::question, Function.identity()));
        List<QuestionSpec> remaining = catalogue.questions().stream()
                .filter(spec -> open.containsKey(spec.sets()) && !skipped.contains(spec.sets()))
                .filter(spec -> thorough || spec.askWhen() == QuestionSpec.AskWhen.ALWAYS
                        || matters(open.get(spec.sets())))
                .toList();
        int answered = Question.values().length - open.size();
        boolean nothingLeftCanFlip = remaining.stream().allMatch(spec -> open.get(spec.sets()).answersThatFlip() == 0);
        boolean clearEnough = !thorough && !remaining.isEmpty() && nothingLeftCanFlip
                && current.confidence() == Confidence.CLEAR && answered >= MINIMUM_ANSWERS_BEFORE_STOPPING;
        if (clearEnough) {
            // The rest can be left, except the needs and the questions whose answer decides how a disagreement
            // between the articles is settled: without those the result would hide a disagreement that bears on
            // the project. They are asked first; the early stop comes when none of them is left.
            List<QuestionSpec> deciding = remaining.stream().filter(spec -> spec.sets() == Question.NEEDS
                    || open.get(spec.sets()).settlesDisagreement()).toList();
            return deciding.isEmpty() ? new Plan(Optional.empty(), 0, true)
                    : new Plan(deciding.stream().findFirst(), deciding.size(), false);
        }
        return new Plan(remaining.stream().findFirst(), remaining.size(), false);
    }

    private static boolean matters(OpenQuestion question) {
        return question.answersThatFlip() > 0 || question.largestSwing() > 0 || question.settlesDisagreement();
    }

    /**
     * @param next         the question to ask, if any
     * @param remaining    how many questions are still to be asked, the next one included
     * @param stoppedEarly true when questions remain but none of them could change the verdict
     */
    public record Plan(Optional<QuestionSpec> next, int remaining, boolean stoppedEarly) {
    }
}
