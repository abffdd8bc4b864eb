package com.frameworkadvisor.knowledge;

class ApplicationKindsRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "ApplicationKinds.drl";
    }

    @Override
    String topic() {
        return "kinds";
    }
}
