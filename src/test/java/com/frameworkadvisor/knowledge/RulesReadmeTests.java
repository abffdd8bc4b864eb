package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * rules/README.md lists every rule with its meaning and sources; this test fails when the list drifts from the
 * rules. To regenerate the table after changing rules:
 * {@code ./mvnw test -Dtest=RulesReadmeTests -Drules.readme.write=true}.
 */
class RulesReadmeTests {

    private static final Path README = Path.of("rules/README.md");

    @Test
    void shouldListEveryRuleAsTheRulesSayIt() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(RulesReadme.START);
        int end = readme.indexOf(RulesReadme.END);
        assertThat(start).as("start marker in %s", README).isNotNegative();
        assertThat(end).as("end marker in %s", README).isGreaterThan(start);
        String expected = RulesReadme.table(TestRules.files(), TestRules.compiled().rules());
        String actual = readme.substring(start, end + RulesReadme.END.length());
        if (Boolean.getBoolean("rules.readme.write") && !actual.equals(expected)) {
            Files.writeString(README, readme.substring(0, start) + expected
                    + readme.substring(end + RulesReadme.END.length()), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as("rules/README.md is out of date; regenerate it with "
                + "./mvnw test -Dtest=RulesReadmeTests -Drules.readme.write=true").isEqualTo(expected);
    }
}
