package com.frameworkadvisor.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every knowledge rule carries: {@code @id}, {@code @source} (comma-separated catalogue ids),
 * {@code @reason} (the point in the project's own words) and, for conflict rules, {@code @disagreement}.
 * The rule's topic is the first segment of its id, so "builtins.admin.django" belongs to "builtins".
 */
public record RuleMetadata(String ruleName, String id, List<String> sources, String reason, String disagreement) {

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String REASON = "reason";
    public static final String DISAGREEMENT = "disagreement";

    public static RuleMetadata of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        return new RuleMetadata(rule.getName(), text(meta.get(ID)), sourceList(text(meta.get(SOURCE))),
                text(meta.get(REASON)), text(meta.get(DISAGREEMENT)));
    }

    public String topic() {
        int dot = id == null ? -1 : id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    public boolean isConflictRule() {
        return disagreement != null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> sourceList(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
