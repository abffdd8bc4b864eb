package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProfileChange;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.profile.TeamSize;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdvisorTests {

    private final Advisor advisor = TestRules.advisor();

    private static final Profile LARGE_SHOP = Profile.EMPTY
            .with(Question.SIZE, ProjectSize.LARGE).with(Question.KIND, AppKind.SHOP)
            .with(Question.TEAM_SIZE, TeamSize.SMALL).withNeeds(Set.of(Need.ADMIN, Need.USER_ACCOUNTS));

    private static final Profile BEGINNERS = Profile.EMPTY.with(Question.EXPERIENCE, Experience.BEGINNERS);

    @Test
    void shouldGiveTheSameRecommendationForTheSameAnswers() {
        assertThat(advisor.recommend(LARGE_SHOP)).isEqualTo(advisor.recommend(LARGE_SHOP));
        assertThat(advisor.recommend(BEGINNERS)).isEqualTo(advisor.recommend(BEGINNERS));
    }

    @Test
    void shouldGiveTheOutlookThatTheFullRecommendationStartsFrom() {
        for (Profile profile : new Profile[] {Profile.EMPTY, BEGINNERS, LARGE_SHOP}) {
            Outlook outlook = advisor.outlook(profile);
            Recommendation recommendation = advisor.recommend(profile);

            assertThat(outlook.assessment()).isEqualTo(recommendation.assessment());
            assertThat(outlook.openQuestions()).isEqualTo(recommendation.openQuestions());
        }
    }

    @Test
    void shouldScoreEachOptionAsTheSumOfItsEvidence() {
        Assessment assessment = advisor.assess(LARGE_SHOP);

        for (Framework option : Framework.values()) {
            int sum = assessment.evidence().stream().filter(e -> e.option() == option)
                    .mapToInt(Evidence::signedWeight).sum();
            assertThat(assessment.score(option)).as(option.name()).isEqualTo(sum);
        }
        assertThat(assessment.margin()).isEqualTo(assessment.score(assessment.verdict())
                - assessment.score(assessment.runnerUp()));
    }

    @Test
    void shouldOrderEvidenceByWeightAndCiteEveryPiece() {
        Assessment assessment = advisor.assess(LARGE_SHOP);

        assertThat(assessment.evidence()).isSortedAccordingTo(Assessment.BY_WEIGHT)
                .allSatisfy(e -> assertThat(e.sources()).isNotEmpty())
                .allSatisfy(e -> assertThat(e.weight()).isEqualTo(e.strength().weightFor(e.sources().size())));
        assertThat(assessment.reasons()).isNotEmpty()
                .allMatch(e -> e.option() == assessment.verdict() || e.option() == assessment.runnerUp());
    }

    @Test
    void shouldCallALargeShopWithAdminAndAccountsAClearDjango() {
        Recommendation recommendation = advisor.recommend(LARGE_SHOP);

        assertThat(recommendation.verdict()).isEqualTo(Framework.DJANGO);
        assertThat(recommendation.confidence()).isEqualTo(Confidence.CLEAR);
    }

    @Test
    void shouldFindFlipPointsThatReallyChangeTheVerdict() {
        for (Profile profile : new Profile[] {LARGE_SHOP, BEGINNERS, Profile.EMPTY}) {
            Recommendation recommendation = advisor.recommend(profile);
            assertThat(recommendation.flipPoints()).as("flip points of %s", profile).isNotEmpty()
                    .hasSizeLessThanOrEqualTo(5)
                    .allSatisfy(flip -> {
                        Profile changed = profile;
                        for (ProfileChange change : flip.changes()) {
                            changed = change.applyTo(changed);
                        }
                        Assessment after = advisor.assess(changed);
                        assertThat(after.outcomeDiffersFrom(recommendation.assessment())).isTrue();
                        assertThat(after.verdict()).isEqualTo(flip.newVerdict());
                        assertThat(after.confidence()).isEqualTo(flip.newConfidence());
                        assertThat(after.margin()).isEqualTo(flip.newMargin());
                    });
        }
    }

    @Test
    void shouldPreferSingleChangesAndTryPairsOnlyWhenNoSingleChangeFlips() {
        Recommendation close = advisor.recommend(BEGINNERS);
        assertThat(close.flipPoints()).allSatisfy(flip -> assertThat(flip.changes()).hasSize(1));

        Recommendation clear = advisor.recommend(LARGE_SHOP);
        boolean anySingleFlips = com.frameworkadvisor.knowledge.analysis.FlipPointFinder.singleChanges(LARGE_SHOP)
                .stream().anyMatch(c -> advisor.assess(c.applyTo(LARGE_SHOP)).outcomeDiffersFrom(clear.assessment()));
        assertThat(anySingleFlips).isFalse();
        assertThat(clear.flipPoints()).allSatisfy(flip -> assertThat(flip.changes()).hasSize(2));
    }

    @Test
    void shouldCallAnEmptyProfileATieAndSayWhichQuestionWouldBreakIt() {
        Recommendation recommendation = advisor.recommend(Profile.EMPTY);

        assertThat(recommendation.confidence()).isEqualTo(Confidence.TIE);
        assertThat(recommendation.assessment().isTie()).isTrue();
        assertThat(recommendation.flipPoints()).isNotEmpty()
                .allSatisfy(flip -> assertThat(flip.newConfidence()).isNotEqualTo(Confidence.TIE));
        assertThat(recommendation.openQuestions()).extracting(OpenQuestion::question)
                .containsExactlyInAnyOrder(Question.values());
        OpenQuestion top = recommendation.openQuestions().get(0); // most important first
        assertThat(recommendation.openQuestions())
                .allSatisfy(q -> assertThat(q.answersThatFlip()).isLessThanOrEqualTo(top.answersThatFlip()));
    }

    @Test
    void shouldListOnlyUnansweredQuestionsAsOpen() {
        Recommendation recommendation = advisor.recommend(LARGE_SHOP);

        assertThat(recommendation.openQuestions()).extracting(OpenQuestion::question)
                .doesNotContain(Question.SIZE, Question.KIND, Question.TEAM_SIZE, Question.NEEDS)
                .contains(Question.DEADLINE, Question.GROWTH);
    }

    @Test
    void shouldRankAnOpenQuestionThatCanFlipTheVerdictFirst() {
        Profile tightDeadline = Profile.EMPTY.with(Question.DEADLINE, Deadline.TIGHT);
        Recommendation recommendation = advisor.recommend(tightDeadline);

        OpenQuestion top = recommendation.openQuestions().get(0); // most important first
        assertThat(top.answersThatFlip()).isPositive();
        // Answering it one of the ways it names really changes the verdict.
        boolean flips = top.question().options().stream().anyMatch(option -> {
            Profile answered = top.question().isMultipleChoice()
                    ? tightDeadline.withNeeds(Set.of((Need) option))
                    : tightDeadline.with(top.question(), option);
            return advisor.assess(answered).outcomeDiffersFrom(recommendation.assessment());
        });
        assertThat(flips).isTrue();
    }

    @Test
    void shouldOnlyWeighFastApiWhenSomeRuleArguesForIt() {
        assertThat(advisor.assess(LARGE_SHOP).runnerUp()).isEqualTo(Framework.FLASK);
        Profile asyncApi = Profile.EMPTY.with(Question.KIND, AppKind.API)
                .withNeeds(Set.of(Need.ASYNC_PERFORMANCE, Need.REST_API));
        assertThat(advisor.assess(asyncApi).verdict()).isEqualTo(Framework.FASTAPI);
    }

    @Test
    void shouldMapMarginsToConfidence() {
        assertThat(Confidence.ofMargin(0)).isEqualTo(Confidence.TIE);
        assertThat(Confidence.ofMargin(1)).isEqualTo(Confidence.CLOSE_CALL);
        assertThat(Confidence.ofMargin(Confidence.LEANING_MARGIN - 1)).isEqualTo(Confidence.CLOSE_CALL);
        assertThat(Confidence.ofMargin(Confidence.LEANING_MARGIN)).isEqualTo(Confidence.LEANING);
        assertThat(Confidence.ofMargin(Confidence.CLEAR_MARGIN - 1)).isEqualTo(Confidence.LEANING);
        assertThat(Confidence.ofMargin(Confidence.CLEAR_MARGIN)).isEqualTo(Confidence.CLEAR);
    }
}
