package com.frameworkadvisor.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.knowledge.SampleProfiles;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The team's result is read in a group on phones: it stays as short as one person's result. */
class TeamResultTests {

    /** As for one person's first result (ResultTests): what a phone shows without scrolling far. */
    private static final int PHONE_SCREEN = 900;
    private static final int TEAMS = 300;
    private static final int MOST_MEMBERS = 5;

    private final TeamPresenter presenter = new TeamPresenter(TeamServiceTests.TEXTS, code -> "");

    @Test
    void shouldFitAPhoneScreenForTeamsOfTwoToFiveWithAnyAnswers() {
        List<Profile> profiles = SampleProfiles.all();
        Random random = new Random(20261203L);
        int longest = 0;
        int cut = 0;
        for (int i = 0; i < TEAMS; i++) {
            List<Team.Member> members = new ArrayList<>();
            for (int m = 0; m < 2 + random.nextInt(MOST_MEMBERS - 1); m++) {
                members.add(new Team.Member(m, "Member" + m, profiles.get(random.nextInt(profiles.size()))));
            }
            Team team = new Team("K7M2QX", -1, "Group", "Member0", Instant.EPOCH, null, true, members);
            TeamAnalysis analysis = TeamAnalysis.of(TestRules.advisor(), team.answers());

            String shown = Html.toPlainText(presenter.result(team, analysis, "").html());

            longest = Math.max(longest, shown.length());
            assertThat(shown.length()).as("the result for %s:%n%s", members, shown).isLessThanOrEqualTo(PHONE_SCREEN);
            if (analysis.splitsThatMatter().size() > TeamPresenter.SPLITS_SHOWN) {
                cut++;
                assertThat(shown).contains(TeamServiceTests.TEXTS.get("team.result.more",
                        analysis.splitsThatMatter().size() - TeamPresenter.SPLITS_SHOWN));
            }
        }
        assertThat(cut).as("some teams differ on more than is shown").isPositive();
        assertThat(longest).as("the bound is not met by leaving things out everywhere").isGreaterThan(PHONE_SCREEN / 2);
    }
}
