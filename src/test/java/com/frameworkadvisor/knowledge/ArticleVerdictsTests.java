package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.sources.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The articles' own advice, turned into profiles, gives the articles' own verdicts. Each case in
 * article-verdicts.json paraphrases one "use X when" / "best suited to" / use-case item of one article and
 * expresses it with as few answers as possible; where the articles disagree with each other, the case adds the
 * context under which the engine settles the disagreement that article's way and says so in its note.
 */
class ArticleVerdictsTests {

    private static final String RESOURCE = "/article-verdicts.json";
    private static final int MINIMUM_CASES_PER_SOURCE = 3;
    private static final List<String> ARTICLES = List.of("codecademy", "hirist", "choose-2020", "djodji", "uncodemy");

    // An absent "needsKnown" means the needs question was not answered, unless "needs" is given.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** One item of one article: who said it, what it says in our words, the profile it stands for, and its verdict. */
    record ArticleCase(String source, String advice, Profile profile, Framework verdict, Framework runnerUp,
                       String note) {

        String displayName() {
            return source + ": " + advice;
        }
    }

    private static List<ArticleCase> cases() {
        try (InputStream in = ArticleVerdictsTests.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + RESOURCE);
            }
            return JSON.readValue(in, new TypeReference<List<ArticleCase>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldGiveEachArticleItsOwnVerdict() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(c)));
    }

    private static void check(ArticleCase c) {
        assertThat(c.profile()).as("profile of '%s'", c.displayName()).isNotNull();
        assertThat(c.verdict()).as("verdict of '%s'", c.displayName()).isNotNull();
        Assessment assessment = TestRules.compiled().evaluate(c.profile());
        assertThat(assessment.verdict())
                .as("verdict for '%s'%nprofile %s%nscores %s (margin %d)%nevidence %s%nconflicts %s",
                        c.displayName(), c.profile(), assessment.scores(), assessment.margin(),
                        describe(assessment.evidence()), describeConflicts(assessment.conflicts()))
                .isEqualTo(c.verdict());
        assertThat(assessment.isTie()).as("'%s' is a tie (scores %s), not a verdict", c.displayName(),
                assessment.scores()).isFalse();
        if (c.runnerUp() != null) {
            assertThat(assessment.runnerUp()).as("runner-up for '%s' (scores %s)", c.displayName(),
                    assessment.scores()).isEqualTo(c.runnerUp());
        }
    }

    private static String describe(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> e.ruleId() + " " + (e.stance() == Stance.FAVOURS ? "+" : "-") + e.weight() + " "
                        + e.option())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describeConflicts(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.disagreementId() + " -> " + c.resolvedFor() + " (" + c.ruleId() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void shouldCoverEveryArticleWithCasesFromTheCatalogue() {
        List<ArticleCase> cases = cases();
        Set<String> catalogue = TestRules.compiled().sources().sources().stream().map(Source::id)
                .collect(Collectors.toSet());
        assertThat(catalogue).as("article ids in rules/sources.json").containsAll(ARTICLES);
        assertThat(cases).as("cases whose source is not in rules/sources.json")
                .filteredOn(c -> !catalogue.contains(c.source())).isEmpty();
        Map<String, Long> perSource = cases.stream()
                .collect(Collectors.groupingBy(ArticleCase::source, Collectors.counting()));
        for (String id : ARTICLES) {
            assertThat(perSource.getOrDefault(id, 0L)).as("cases for source %s", id)
                    .isGreaterThanOrEqualTo(MINIMUM_CASES_PER_SOURCE);
        }
        assertThat(cases).as("every case names its advice").allMatch(c -> c.advice() != null && !c.advice().isBlank());
        Map<String, Long> names = cases.stream()
                .collect(Collectors.groupingBy(ArticleCase::displayName, Collectors.counting()));
        assertThat(names).as("display names used more than once").allSatisfy((name, count) ->
                assertThat(count).as(name).isEqualTo(1L));
    }
}
