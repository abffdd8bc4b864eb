package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.profile.Question;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which answers a rule's conditions read, found in its source: the profile properties named between
 * {@code when} and {@code then}. A disagreement settled by a rule that reads an unanswered question is settled
 * only provisionally, and the advisor says so rather than present it as decided.
 */
final class RulePremises {

    /** Each question by the profile property the rules read it through; two more properties read the needs. */
    private static final Map<String, Question> PROPERTIES = properties();
    private static final Pattern PROPERTY = Pattern.compile("\\b(" + String.join("|", PROPERTIES.keySet()) + ")\\b");

    private RulePremises() {
    }

    static Set<Question> of(List<RuleFile> files, String ruleName) {
        Set<Question> read = EnumSet.noneOf(Question.class);
        conditions(files, ruleName).ifPresent(lhs -> {
            Matcher property = PROPERTY.matcher(lhs);
            while (property.find()) {
                read.add(PROPERTIES.get(property.group(1)));
            }
        });
        return read;
    }

    /** The text between the rule's {@code when} and {@code then}, comments left out. */
    private static Optional<String> conditions(List<RuleFile> files, String ruleName) {
        String declaration = "rule \"" + ruleName + "\"";
        for (RuleFile file : files) {
            int start = file.content().indexOf(declaration);
            if (start < 0) {
                continue;
            }
            int when = file.content().indexOf("\nwhen", start);
            int then = file.content().indexOf("\nthen", start);
            if (when < 0 || then < when) {
                return Optional.empty();
            }
            return Optional.of(file.content().substring(when, then).replaceAll("//[^\n]*", ""));
        }
        return Optional.empty();
    }

    private static Map<String, Question> properties() {
        Map<String, Question> properties = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            String[] words = question.name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder camel = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            properties.put(camel.toString(), question);
        }
        properties.put("wantsBuiltIns", Question.NEEDS);
        properties.put("builtInsWanted", Question.NEEDS);
        return properties;
    }
}
