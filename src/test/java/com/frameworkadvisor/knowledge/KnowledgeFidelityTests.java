package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.rules.RuleEffect;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scoring model, checked over every single-answer profile and a seeded random sample of fuller ones: a
 * disagreement is settled at most once, and exactly when both of its sides fired; settling adds no weight; one
 * passage is one piece of evidence; equal scores are a tie.
 */
class KnowledgeFidelityTests {


    private final List<Disagreement> disagreements = TestRules.compiled().disagreements().all();

    @Test
    void shouldSettleEachDisagreementOnceExactlyWhenBothSidesFired() {
        for (Profile profile : SampleProfiles.all()) {
            Assessment a = TestRules.compiled().evaluate(profile);
            for (Disagreement d : disagreements) {
                long settled = a.conflicts().stream().filter(c -> c.disagreementId().equals(d.id())).count();
                boolean bothSidesFired = d.sides().stream().allMatch(side -> fired(a, d, side.favours()));
                assertThat(settled).as("times '%s' is settled for %s", d.id(), profile)
                        .isEqualTo(bothSidesFired ? 1 : 0);
            }
        }
    }

    @Test
    void shouldCountEveryPassageAtMostOnce() {
        for (Profile profile : SampleProfiles.all()) {
            Assessment a = TestRules.compiled().evaluate(profile);
            List<String> passages = a.evidence().stream()
                    .flatMap(e -> e.citations().stream().map(c -> c + " (" + e.ruleId() + ")")).toList();
            Set<Citation> seen = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            a.evidence().forEach(e -> e.citations().stream().filter(c -> !seen.add(c))
                    .forEach(c -> repeated.add(c + " again in " + e.ruleId())));
            assertThat(repeated).as("passages counted twice for %s among %s", profile, passages).isEmpty();
        }
    }

    @Test
    void shouldAddNoWeightWhenSettlingAndCountOnlyTheSideTaken() {
        Set<String> conflictRules = TestRules.compiled().rules().stream().filter(RuleMetadata::isConflictRule)
                .map(RuleMetadata::id).collect(Collectors.toSet());
        for (Profile profile : SampleProfiles.all()) {
            Assessment a = TestRules.compiled().evaluate(profile);
            assertThat(a.evidence()).extracting(Evidence::ruleId).as("evidence for %s", profile)
                    .doesNotContainAnyElementsOf(conflictRules);
            for (Conflict c : a.conflicts()) {
                assertThat(a.setAsideBy(c)).as("set aside by %s for %s", c.disagreementId(), profile)
                        .isNotEmpty().allMatch(e -> e.option() != c.resolvedFor());
                assertThat(a.evidence()).filteredOn(e -> c.disagreementId().equals(e.disagreement()))
                        .as("counted on %s for %s", c.disagreementId(), profile)
                        .allMatch(e -> e.option() == c.resolvedFor());
            }
            for (Framework option : Framework.values()) {
                int counted = a.evidence().stream().filter(e -> e.option() == option)
                        .mapToInt(Evidence::signedWeight).sum();
                assertThat(a.score(option)).as("score of %s for %s", option, profile).isEqualTo(counted);
            }
        }
    }

    @Test
    void shouldCallEqualScoresATieAndNothingElse() {
        for (Profile profile : SampleProfiles.all()) {
            Assessment a = TestRules.compiled().evaluate(profile);
            boolean equal = a.score(a.verdict()) == a.score(a.runnerUp());
            assertThat(a.isTie()).as("tie for %s (scores %s)", profile, a.scores()).isEqualTo(equal);
        }
    }

    @Test
    void shouldListOnEachSideOfADisagreementTheArticlesOfTheRulesThatStandForIt() {
        Map<String, RuleEffect> effects = RuleEffect.of(TestRules.files());
        for (Disagreement d : disagreements) {
            for (Disagreement.Side side : d.sides()) {
                Set<String> fromRules = new TreeSet<>();
                TestRules.compiled().rules().stream()
                        .filter(r -> d.id().equals(r.disagreement()))
                        .filter(r -> effects.get(r.ruleName()).evidence().stream()
                                .anyMatch(e -> e.option() == side.favours()))
                        .forEach(r -> fromRules.addAll(r.sources()));
                assertThat(new TreeSet<>(side.sources())).as("%s, %s side", d.id(), side.favours())
                        .isEqualTo(fromRules);
            }
        }
    }

    private static boolean fired(Assessment a, Disagreement d, Framework option) {
        return java.util.stream.Stream.concat(a.evidence().stream(), a.setAside().stream())
                .anyMatch(e -> d.id().equals(e.disagreement()) && e.option() == option);
    }
}
