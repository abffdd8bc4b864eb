package com.frameworkadvisor.team;

import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team's answers made from its members': for a single choice the answer most members gave (of those who
 * answered it); a tie for the most leaves the question open, as if nobody had answered it, and it shows as a split
 * the team has to settle, rather than the advisor picking a side. For the needs, what any member needs (the
 * project needs it if someone will have to build it); the needs count as answered when any member answered them.
 */
final class TeamProfile {

    private TeamProfile() {
    }

    static Profile of(List<MemberAnswers> members) {
        Profile team = Profile.EMPTY;
        for (Question question : Question.values()) {
            if (!question.isMultipleChoice()) {
                Enum<?> majority = majority(question, members);
                if (majority != null) {
                    team = team.with(question, majority);
                }
            }
        }
        List<Profile> answeredNeeds = members.stream().map(MemberAnswers::profile).filter(Profile::needsKnown).toList();
        if (!answeredNeeds.isEmpty()) {
            Set<Need> union = EnumSet.noneOf(Need.class);
            answeredNeeds.forEach(p -> union.addAll(p.needs()));
            team = team.withNeeds(union);
        }
        return team;
    }

    /** The answer most members gave; {@code null} when nobody answered or the most are tied. */
    private static Enum<?> majority(Question question, List<MemberAnswers> members) {
        Map<Enum<?>, Integer> votes = new LinkedHashMap<>();
        members.stream().map(m -> question.answer(m.profile())).filter(a -> a != null)
                .forEach(answer -> votes.merge(answer, 1, Integer::sum));
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        List<Enum<?>> leaders = votes.entrySet().stream().filter(v -> v.getValue() == most).map(Map.Entry::getKey)
                .toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }
}
