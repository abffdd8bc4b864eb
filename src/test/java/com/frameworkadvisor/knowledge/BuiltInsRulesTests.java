package com.frameworkadvisor.knowledge;

class BuiltInsRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "BuiltIns.drl";
    }

    @Override
    String topic() {
        return "builtins";
    }
}
