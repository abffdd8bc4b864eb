package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.Remark;
import com.frameworkadvisor.knowledge.Stance;
import com.frameworkadvisor.knowledge.Strength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's consequence inserts, read from its DRL text: the evidence (option, stance, strength), the option
 * a conflict rule settles for, and the kind of remark. The metadata checks and the rules README use it to
 * know a rule's effect without evaluating it.
 */
public record RuleEffect(List<Inserted> evidence, Framework settlesFor, Remark.Kind remark) {

    /** One {@code Evidence.favours/against(...)} call. */
    public record Inserted(Framework option, Stance stance, Strength strength) {
    }

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end");
    private static final Pattern EVIDENCE =
            Pattern.compile("Evidence\\.(favours|against)\\(drools, Framework\\.(\\w+), Strength\\.(\\w+)\\)");
    private static final Pattern CONFLICT = Pattern.compile("Conflict\\.resolvedFor\\(drools, Framework\\.(\\w+)\\)");
    private static final Pattern REMARK = Pattern.compile("Remark\\.(note|ambiguity)\\(drools\\)");

    public RuleEffect {
        evidence = List.copyOf(evidence);
    }

    /** The effect of every rule of the file, by rule name, in the order the rules are written. */
    public static Map<String, RuleEffect> of(RuleFile file) {
        Map<String, RuleEffect> effects = new java.util.LinkedHashMap<>();
        Matcher rule = RULE.matcher(file.content());
        while (rule.find()) {
            effects.put(rule.group(1), parse(rule.group()));
        }
        return effects;
    }

    public static Map<String, RuleEffect> of(List<RuleFile> files) {
        Map<String, RuleEffect> effects = new HashMap<>();
        files.forEach(file -> effects.putAll(of(file)));
        return effects;
    }

    private static RuleEffect parse(String ruleText) {
        String consequence = ruleText.substring(Math.max(0, ruleText.indexOf("\nthen")));
        List<Inserted> evidence = new ArrayList<>();
        Matcher e = EVIDENCE.matcher(consequence);
        while (e.find()) {
            evidence.add(new Inserted(Framework.valueOf(e.group(2)),
                    e.group(1).equals("favours") ? Stance.FAVOURS : Stance.AGAINST, Strength.valueOf(e.group(3))));
        }
        Matcher c = CONFLICT.matcher(consequence);
        Framework settlesFor = c.find() ? Framework.valueOf(c.group(1)) : null;
        Matcher r = REMARK.matcher(consequence);
        Remark.Kind remark = r.find() ? Remark.Kind.valueOf(r.group(1).toUpperCase(java.util.Locale.ROOT)) : null;
        return new RuleEffect(evidence, settlesFor, remark);
    }
}
