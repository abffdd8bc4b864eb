package com.frameworkadvisor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamAnalysisTests {

    static MemberAnswers member(long id, String name, ProjectSize size, Deadline deadline) {
        return new MemberAnswers(id, name, Profile.EMPTY.with(Question.SIZE, size)
                .with(Question.EXPERIENCE, Experience.BEGINNERS).with(Question.DEADLINE, deadline));
    }

    /** Ana thinks the project small and due in weeks; Ben and Chen think it medium and due in months. */
    static final List<MemberAnswers> THREE = List.of(
            member(1, "Ana", ProjectSize.SMALL, Deadline.TIGHT),
            member(2, "Ben", ProjectSize.MEDIUM, Deadline.NORMAL),
            member(3, "Chen", ProjectSize.MEDIUM, Deadline.NORMAL));

    @Test
    void shouldTakeTheMajorityAnswerForTheTeam() {
        Profile team = TeamProfile.of(THREE);

        assertThat(team.size()).isEqualTo(ProjectSize.MEDIUM);
        assertThat(team.deadline()).isEqualTo(Deadline.NORMAL);
        assertThat(team.experience()).isEqualTo(Experience.BEGINNERS);
    }

    @Test
    void shouldLeaveATiedAnswerOpenRatherThanPickASide() {
        Profile team = TeamProfile.of(List.of(THREE.get(0), THREE.get(1)));

        assertThat(team.size()).isNull();
        assertThat(team.deadline()).isNull();
        assertThat(team.experience()).isEqualTo(Experience.BEGINNERS);
    }

    @Test
    void shouldCountANeedAnyMemberHas() {
        MemberAnswers admin = new MemberAnswers(1, "Ana", Profile.EMPTY.withNeed(Need.ADMIN));
        MemberAnswers nothing = new MemberAnswers(2, "Ben", Profile.EMPTY.withNeeds(Set.of()));
        MemberAnswers unsaid = new MemberAnswers(3, "Chen", Profile.EMPTY);

        assertThat(TeamProfile.of(List.of(admin, nothing, unsaid)).needs()).containsExactly(Need.ADMIN);
        assertThat(TeamProfile.of(List.of(nothing, unsaid)).needsKnown()).isTrue();
        assertThat(TeamProfile.of(List.of(unsaid)).needsKnown()).isFalse();
    }

    @Test
    void shouldTellADifferenceThatFlipsTheVerdictFromOneThatDoesNot() {
        TeamAnalysis analysis = TeamAnalysis.of(TestRules.advisor(), THREE);

        assertThat(analysis.team().verdict()).isEqualTo(Framework.DJANGO);
        assertThat(analysis.members()).extracting(m -> m.assessment().verdict())
                .containsExactly(Framework.FLASK, Framework.DJANGO, Framework.DJANGO);
        assertThat(analysis.splitsThatMatter()).singleElement().satisfies(split -> {
            assertThat(split.question()).isEqualTo(Question.SIZE);
            assertThat(split.sides()).extracting(Split.Side::answer, Split.Side::members, Split.Side::verdict)
                    .containsExactly(tuple(ProjectSize.SMALL, List.of("Ana"), Framework.FLASK),
                            tuple(ProjectSize.MEDIUM, List.of("Ben", "Chen"),
                                    Framework.DJANGO));
        });
        assertThat(analysis.splitsThatDoNotMatter()).extracting(Split::question).containsExactly(Question.DEADLINE);
        assertThat(analysis.splits().get(0).matters()).as("what matters comes first").isTrue();
    }

    @Test
    void shouldSplitOnANeedSomeWantAndOthersDoNot() {
        MemberAnswers admin = new MemberAnswers(1, "Ana", THREE.get(1).profile().withNeed(Need.ADMIN));
        MemberAnswers none = new MemberAnswers(2, "Ben", THREE.get(1).profile().withNeeds(Set.of()));

        TeamAnalysis analysis = TeamAnalysis.of(TestRules.advisor(), List.of(admin, none));

        assertThat(analysis.splits()).singleElement().satisfies(split -> {
            assertThat(split.need()).isEqualTo(Need.ADMIN);
            assertThat(split.sides()).extracting(Split.Side::answer).containsExactly(true, false);
        });
    }

    @Test
    void shouldCallATieOnOneSideADifferentOutcome() {
        Split.Side django = new Split.Side(Deadline.TIGHT, List.of("Ana"), Framework.DJANGO, Confidence.LEANING);
        Split.Side tie = new Split.Side(Deadline.NORMAL, List.of("Ben"), Framework.DJANGO, Confidence.TIE);

        assertThat(new Split(Question.DEADLINE, null, List.of(django, tie)).matters()).isTrue();
        assertThat(new Split(Question.DEADLINE, null, List.of(django, django)).matters()).isFalse();
    }
}
