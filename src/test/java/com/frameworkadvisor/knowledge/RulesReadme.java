package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.rules.RuleEffect;
import com.frameworkadvisor.knowledge.rules.RuleFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the rule table of rules/README.md from the rules themselves. */
final class RulesReadme {

    static final String START = "<!-- rule-table:start (generated from the rules; see RulesReadmeTests) -->";
    static final String END = "<!-- rule-table:end -->";

    private RulesReadme() {
    }

    static String table(List<RuleFile> files, List<RuleMetadata> rules) {
        Map<String, RuleMetadata> byName = rules.stream()
                .collect(Collectors.toMap(RuleMetadata::ruleName, Function.identity()));
        StringBuilder out = new StringBuilder(START).append("\n");
        for (RuleFile file : files) {
            out.append("\n### ").append(file.path()).append("\n\n")
                    .append("| id | effect | points | where the articles say it | meaning |\n|---|---|---|---|---|\n");
            for (Map.Entry<String, RuleEffect> rule : RuleEffect.of(file).entrySet()) {
                RuleMetadata meta = byName.get(rule.getKey());
                out.append("| `").append(meta.id()).append("` | ").append(effect(rule.getValue(), meta))
                        .append(" | ").append(points(rule.getValue(), meta))
                        .append(" | ").append(cell(meta.citations().stream().map(Citation::toString)
                                .collect(Collectors.joining("; "))))
                        .append(" | ").append(cell(meta.reason())).append(" |\n");
            }
        }
        return out.append("\n").append(END).toString();
    }

    private static String effect(RuleEffect effect, RuleMetadata meta) {
        if (effect.settlesFor() != null) {
            return "settles `" + meta.settles() + "` for " + effect.settlesFor().displayName();
        }
        if (effect.remark() != null) {
            return effect.remark().name().toLowerCase(Locale.ROOT) + ", no weight";
        }
        String evidence = effect.evidence().stream()
                .map(e -> (e.stance() == Stance.FAVOURS ? "favours " : "against ") + e.option().displayName()
                        + " (" + e.strength().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining("; "));
        return meta.disagreement() == null ? evidence : evidence + "; a side of `" + meta.disagreement() + "`";
    }

    /** The weight as the engine computes it: the claim's base points plus one per further article. */
    private static String points(RuleEffect effect, RuleMetadata meta) {
        return effect.evidence().stream()
                .map(e -> (e.stance() == Stance.FAVOURS ? "+" : "−") + e.strength().weightFor(meta.sources().size()))
                .collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
