package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.sources.Disagreement;
import com.frameworkadvisor.knowledge.sources.Fact;
import com.frameworkadvisor.knowledge.sources.Facts;
import com.frameworkadvisor.knowledge.sources.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Invariants of the whole knowledge base: traceable, unique, cited, exercised. */
class RuleCatalogueTests {

    private final List<RuleMetadata> rules = TestRules.compiled().rules();

    @Test
    void shouldGiveEveryRuleAnIdAReasonAndSourcesFromTheCatalogue() {
        Set<String> catalogue = TestRules.compiled().sources().sources().stream().map(Source::id)
                .collect(Collectors.toSet());
        assertThat(rules).hasSizeGreaterThan(60).allSatisfy(rule -> {
            assertThat(rule.id()).as(rule.ruleName()).isNotBlank();
            assertThat(rule.reason()).as(rule.ruleName()).isNotBlank().hasSizeLessThan(320);
            assertThat(rule.sources()).as(rule.ruleName()).isNotEmpty().allMatch(catalogue::contains);
        });
    }

    @Test
    void shouldKeepRuleIdsUnique() {
        List<String> ids = rules.stream().map(RuleMetadata::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void shouldCiteEveryArticleFromSomeRule() {
        Set<String> cited = rules.stream().flatMap(r -> r.sources().stream()).collect(Collectors.toSet());
        assertThat(cited).containsExactlyInAnyOrderElementsOf(
                TestRules.compiled().sources().sources().stream().map(Source::id).toList());
    }

    @Test
    void shouldSettleEveryDisagreementWithAtLeastOneConflictRule() {
        Set<String> settled = rules.stream().filter(RuleMetadata::isConflictRule).map(RuleMetadata::settles)
                .collect(Collectors.toSet());
        assertThat(settled).containsExactlyInAnyOrderElementsOf(
                TestRules.compiled().disagreements().all().stream().map(Disagreement::id).toList());
    }

    @Test
    void shouldNameTheSourcesOfBothSidesInEveryDisagreement() {
        assertThat(TestRules.compiled().disagreements().all()).allSatisfy(d -> {
            assertThat(d.sides()).as(d.id()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(side -> assertThat(side.sources()).isNotEmpty());
            assertThat(d.resolution()).as(d.id()).isNotBlank();
        });
    }

    @Test
    void shouldFireEveryRuleInSomeScenario() throws IOException {
        Set<String> fired = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (Scenario scenario : Scenarios.load(file.getFileName().toString())) {
                    fired.addAll(TestRules.compiled().evaluate(scenario.profile()).firedRuleIds());
                }
            }
        }
        assertThat(fired).containsAll(rules.stream().map(RuleMetadata::id).toList());
    }

    @Test
    void shouldKnowWhoMadeAndWhoUsesEachMainFrameworkWithPinpointedCitations() {
        Facts facts = TestRules.compiled().facts();
        for (Framework option : List.of(Framework.DJANGO, Framework.FLASK)) {
            for (Fact.Subject subject : List.of(Fact.Subject.ORIGIN, Fact.Subject.USERS, Fact.Subject.POPULARITY)) {
                assertThat(facts.about(option, subject)).as("%s facts on %s", subject, option).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.citation().pinpoint()).isNotBlank());
            }
        }
    }

    @Test
    void shouldHaveATestClassForEveryRuleFile() {
        assertThat(TestRules.files()).allSatisfy(file -> {
            String testClass = file.path().replace(".drl", "") + "RulesTests";
            assertThat(Path.of("src/test/java/com/frameworkadvisor/knowledge", testClass + ".java"))
                    .as("test class for %s", file.path()).exists();
        });
    }
}
