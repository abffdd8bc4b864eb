package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.rules.RuleFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders the rule table of rules/README.md from the rules themselves. */
final class RulesReadme {

    static final String START = "<!-- rule-table:start (generated from the rules; see RulesReadmeTests) -->";
    static final String END = "<!-- rule-table:end -->";

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end");
    private static final Pattern EVIDENCE =
            Pattern.compile("Evidence\\.(favours|against)\\(drools, Framework\\.(\\w+), Strength\\.(\\w+)\\)");
    private static final Pattern CONFLICT = Pattern.compile("Conflict\\.resolvedFor\\(drools, Framework\\.(\\w+)\\)");

    private RulesReadme() {
    }

    static String table(List<RuleFile> files, List<RuleMetadata> rules) {
        Map<String, RuleMetadata> byName = rules.stream()
                .collect(Collectors.toMap(RuleMetadata::ruleName, Function.identity()));
        StringBuilder out = new StringBuilder(START).append("\n");
        for (RuleFile file : files) {
            out.append("\n### ").append(file.path()).append("\n\n")
                    .append("| id | effect | sources | meaning |\n|---|---|---|---|\n");
            Matcher rule = RULE.matcher(file.content());
            while (rule.find()) {
                RuleMetadata meta = byName.get(rule.group(1));
                out.append("| `").append(meta.id()).append("` | ").append(effect(rule.group(), meta))
                        .append(" | ").append(String.join(", ", meta.sources()))
                        .append(" | ").append(meta.reason().replace("|", "\\|")).append(" |\n");
            }
        }
        return out.append("\n").append(END).toString();
    }

    private static String effect(String ruleText, RuleMetadata meta) {
        Matcher evidence = EVIDENCE.matcher(ruleText);
        String weight = evidence.find()
                ? evidence.group(1) + " " + title(evidence.group(2)) + " (" + evidence.group(3).toLowerCase() + ")"
                : "";
        Matcher conflict = CONFLICT.matcher(ruleText);
        return conflict.find()
                ? "settles `" + meta.disagreement() + "` for " + title(conflict.group(1)) + "; " + weight
                : weight;
    }

    private static String title(String option) {
        return Framework.valueOf(option).displayName();
    }
}
