package com.frameworkadvisor.knowledge;

class MachineLearningRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "MachineLearning.drl";
    }

    @Override
    String topic() {
        return "ml";
    }
}
