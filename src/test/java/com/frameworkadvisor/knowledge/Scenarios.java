package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads scenario files and checks one scenario against the real rules. */
public final class Scenarios {

    // An absent "needsKnown" means the needs question was not answered, unless "needs" is given.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private Scenarios() {
    }

    public static List<Scenario> load(String resource) {
        try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario file " + resource);
            }
            return JSON.readValue(in, new TypeReference<List<Scenario>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Assessment check(Scenario scenario) {
        assertThat(scenario.fires().size() + scenario.doesNotFire().size() + scenario.conflicts().size()
                + (scenario.verdict() == null ? 0 : 1)).as("'%s' expects something", scenario.name()).isPositive();
        // A misspelt id would make "does not fire" pass for nothing, so every id named must exist.
        Set<String> known = TestRules.compiled().rules().stream().map(RuleMetadata::id).collect(Collectors.toSet());
        assertThat(known).as("rule ids named by '%s'", scenario.name())
                .containsAll(scenario.fires()).containsAll(scenario.doesNotFire());
        Assessment assessment = TestRules.compiled().evaluate(scenario.profile());
        assertThat(assessment.firedRuleIds()).as("rules fired for '%s'", scenario.name())
                .containsAll(scenario.fires());
        for (String id : scenario.doesNotFire()) {
            assertThat(assessment.firedRuleIds()).as("rules fired for '%s'", scenario.name()).doesNotContain(id);
        }
        if (scenario.verdict() != null) {
            assertThat(assessment.verdict()).as("verdict for '%s' (scores %s)", scenario.name(), assessment.scores())
                    .isEqualTo(scenario.verdict());
        }
        Map<String, Framework> resolved = assessment.conflicts().stream()
                .collect(Collectors.toMap(Conflict::disagreementId, Conflict::resolvedFor));
        assertThat(resolved).as("conflicts resolved for '%s'", scenario.name())
                .containsAllEntriesOf(scenario.conflicts());
        return assessment;
    }
}
