package com.frameworkadvisor.knowledge.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule base could not be built; every problem is listed with its file and line. */
public final class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(String origin, List<RuleProblem> problems) {
        super("The rules in " + origin + " have " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
