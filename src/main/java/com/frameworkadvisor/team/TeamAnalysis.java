package com.frameworkadvisor.team;

import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's verdict and where its members' answers differ. For each difference the team profile is evaluated
 * with each member's answer in place of the team's: a difference on which the verdict turns has to be settled;
 * the others can be folded away.
 *
 * @param team    the assessment of the team profile
 * @param members each member's own assessment, in the order they joined
 * @param splits  the differences: those that change the verdict first, and of those, the ones that swap one option
 *                for another before the ones that only make or break a tie
 */
public record TeamAnalysis(Assessment team, List<MemberVerdict> members, List<Split> splits) {

    public TeamAnalysis {
        members = List.copyOf(members);
        splits = List.copyOf(splits);
    }

    /** One member's answers evaluated on their own. */
    public record MemberVerdict(String name, Assessment assessment) {
    }

    public List<Split> splitsThatMatter() {
        return splits.stream().filter(Split::matters).toList();
    }

    public List<Split> splitsThatDoNotMatter() {
        return splits.stream().filter(split -> !split.matters()).toList();
    }

    static TeamAnalysis of(Advisor advisor, List<MemberAnswers> answers) {
        Profile team = TeamProfile.of(answers);
        List<MemberVerdict> members = answers.stream()
                .map(m -> new MemberVerdict(m.name(), advisor.assess(m.profile()))).toList();
        List<Split> splits = new ArrayList<>();
        for (Question question : Question.values()) {
            if (question.isMultipleChoice()) {
                for (Need need : Need.values()) {
                    needSplit(advisor, team, answers, need).ifPresent(splits::add);
                }
            } else {
                choiceSplit(advisor, team, answers, question).ifPresent(splits::add);
            }
        }
        // What the verdict turns on first, and of that, what swaps one option for another before what only makes
        // or breaks a tie; otherwise in the questions' order.
        splits.sort(Comparator.comparing((Split s) -> !s.matters()).thenComparing(s -> !s.changesTheOption()));
        return new TeamAnalysis(advisor.assess(team), members, splits);
    }

    private static Optional<Split> choiceSplit(Advisor advisor, Profile team, List<MemberAnswers> answers,
                                                         Question question) {
        Map<Enum<?>, List<String>> byAnswer = new LinkedHashMap<>();
        answers.stream().filter(m -> question.answer(m.profile()) != null).forEach(m ->
                byAnswer.computeIfAbsent(question.answer(m.profile()), a -> new ArrayList<>()).add(m.name()));
        if (byAnswer.size() < 2) {
            return Optional.empty();
        }
        List<Split.Side> sides = byAnswer.entrySet().stream().map(e -> side(advisor.assess(team.with(question,
                e.getKey())), e.getKey(), e.getValue())).toList();
        return Optional.of(new Split(question, null, sides));
    }

    private static Optional<Split> needSplit(Advisor advisor, Profile team, List<MemberAnswers> answers,
                                                       Need need) {
        List<MemberAnswers> answered = answers.stream().filter(m -> m.profile().needsKnown()).toList();
        List<String> want = answered.stream().filter(m -> m.profile().has(need)).map(MemberAnswers::name).toList();
        List<String> without = answered.stream().filter(m -> !m.profile().has(need)).map(MemberAnswers::name)
                .toList();
        if (want.isEmpty() || without.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Split(Question.NEEDS, need, List.of(
                side(advisor.assess(team.withNeed(need)), Boolean.TRUE, want),
                side(advisor.assess(team.withoutNeed(need)), Boolean.FALSE, without))));
    }

    private static Split.Side side(Assessment outcome, Object answer, List<String> members) {
        return new Split.Side(answer, members, outcome.verdict(), outcome.confidence());
    }
}
