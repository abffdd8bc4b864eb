package com.frameworkadvisor.knowledge.rules;

import java.util.List;

/** What a reload did: either the new rules now serve, or they were refused and the previous rules still serve. */
public record ReloadResult(boolean applied, int ruleCount, List<RuleProblem> problems) {

    public ReloadResult {
        problems = List.copyOf(problems);
    }

    static ReloadResult applied(int ruleCount) {
        return new ReloadResult(true, ruleCount, List.of());
    }

    static ReloadResult refused(int ruleCountStillServing, List<RuleProblem> problems) {
        return new ReloadResult(false, ruleCountStillServing, problems);
    }
}
