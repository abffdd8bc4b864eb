package com.frameworkadvisor.knowledge;

class TeamRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "Team.drl";
    }

    @Override
    String topic() {
        return "team";
    }
}
