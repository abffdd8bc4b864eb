package com.frameworkadvisor.knowledge;

class ProjectSizeRulesTests extends RuleFileScenarioTests {

    @Override
    String ruleFile() {
        return "ProjectSize.drl";
    }

    @Override
    String topic() {
        return "size";
    }
}
