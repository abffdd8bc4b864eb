package com.frameworkadvisor.knowledge.analysis;

import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.OpenQuestion;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks the questions a partial profile leaves open by how much their answer could change the outcome: first by
 * how many possible answers would change the verdict, then by the largest swing of the margin.
 */
public final class OpenQuestionRanker {

    private final Function<Profile, Assessment> evaluate;

    public OpenQuestionRanker(Function<Profile, Assessment> evaluate) {
        this.evaluate = evaluate;
    }

    public List<OpenQuestion> rank(Assessment base) {
        List<OpenQuestion> open = new ArrayList<>();
        for (Question question : Question.values()) {
            if (!question.isAnswered(base.profile())) {
                open.add(weigh(base, question));
            }
        }
        open.sort(Comparator.comparingInt(OpenQuestion::answersThatFlip).reversed()
                .thenComparing(Comparator.comparingInt(OpenQuestion::largestSwing).reversed())
                .thenComparing(OpenQuestion::question));
        return open;
    }

    private OpenQuestion weigh(Assessment base, Question question) {
        int flips = 0;
        int largestSwing = 0;
        boolean settles = false;
        Map<String, Framework> settled = settled(base);
        for (Profile answered : possibleAnswers(base.profile(), question)) {
            Assessment result = evaluate.apply(answered);
            if (result.outcomeDiffersFrom(base)) {
                flips++;
            }
            settles |= !settled(result).equals(settled);
            int signedMargin = result.verdict() == base.verdict() ? result.margin() : -result.margin();
            largestSwing = Math.max(largestSwing, Math.abs(signedMargin - base.margin()));
        }
        return new OpenQuestion(question, flips, largestSwing, settles);
    }

    /** Each disagreement that applies, with the side it was settled for. */
    private static Map<String, Framework> settled(Assessment assessment) {
        Map<String, Framework> settled = new TreeMap<>();
        assessment.conflicts().forEach(c -> settled.put(c.disagreementId(), c.resolvedFor()));
        return settled;
    }

    /** For the needs question, each need on its own and "none of them"; otherwise every option. */
    private static List<Profile> possibleAnswers(Profile profile, Question question) {
        List<Profile> answers = new ArrayList<>();
        if (question.isMultipleChoice()) {
            answers.add(profile.withNeeds(Set.of()));
            for (Need need : Need.values()) {
                answers.add(profile.withNeeds(Set.of(need)));
            }
        } else {
            question.options().forEach(option -> answers.add(profile.with(question, option)));
        }
        return answers;
    }
}
