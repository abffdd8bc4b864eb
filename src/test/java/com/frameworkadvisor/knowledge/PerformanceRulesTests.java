package com.frameworkadvisor.knowledge;

class PerformanceRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "Performance.drl";
    }

    @Override
    String topic() {
        return "performance";
    }
}
