package com.frameworkadvisor.knowledge;

class TimelineRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "Timeline.drl";
    }

    @Override
    String topic() {
        return "timeline";
    }
}
