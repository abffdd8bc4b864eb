package com.frameworkadvisor.knowledge.rules;

/** One DRL file: its path relative to the rules folder, with '/' separators, and its text. */
public record RuleFile(String path, String content) {

    /** The 1-based line on which {@code rule "name"} is declared, or 0 when it cannot be found. */
    public int lineOfRule(String ruleName) {
        String declaration = "rule \"" + ruleName + "\"";
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(declaration)) {
                return i + 1;
            }
        }
        return 0;
    }
}
