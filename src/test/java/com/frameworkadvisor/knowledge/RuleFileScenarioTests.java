package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape of every rule file's test class: the scenarios in scenarios/&lt;File&gt;.json hold, every rule of the
 * file fires in at least one of them, and every rule of the file has the file's topic as its id prefix.
 */
abstract class RuleFileScenarioTests {

    /** The DRL file under test, for example "ProjectSize.drl"; its scenarios are in scenarios/ProjectSize.json. */
    abstract String ruleFile();

    /** The topic every rule id in the file starts with. */
    abstract String topic();

    private List<Scenario> scenarios() {
        return Scenarios.load(ruleFile().replace(".drl", ".json"));
    }

    @TestFactory
    Stream<DynamicTest> shouldHoldForEveryScenario() {
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> Scenarios.check(s)));
    }

    @Test
    void shouldFireEveryRuleOfTheFileInSomeScenario() {
        Set<String> fired = new HashSet<>();
        scenarios().forEach(s -> fired.addAll(TestRules.compiled().evaluate(s.profile()).firedRuleIds()));
        assertThat(fired).as("rules of %s fired by its scenarios", ruleFile())
                .containsAll(TestRules.idsInFile(ruleFile()));
    }

    @Test
    void shouldKeepEveryRuleIdUnderTheFileTopic() {
        assertThat(TestRules.idsInFile(ruleFile())).isNotEmpty().allMatch(id -> id.startsWith(topic() + "."));
    }
}
