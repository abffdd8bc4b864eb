package com.frameworkadvisor.knowledge;

class FlexibilityRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "Flexibility.drl";
    }

    @Override
    String topic() {
        return "flexibility";
    }
}
