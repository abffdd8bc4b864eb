package com.frameworkadvisor.knowledge.rules;

/** One error found while building the rule base, located by file and line (0 when there is no line). */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
