package com.frameworkadvisor.knowledge;

class ApisRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "Apis.drl";
    }

    @Override
    String topic() {
        return "apis";
    }
}
