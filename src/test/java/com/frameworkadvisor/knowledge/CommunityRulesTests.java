package com.frameworkadvisor.knowledge;

class CommunityRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "Community.drl";
    }

    @Override
    String topic() {
        return "community";
    }
}
