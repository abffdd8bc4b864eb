package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.Stance;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks that make every reason traceable: each rule has a well-formed, unique {@code @id}, a
 * {@code @reason}, and a {@code @source} whose every passage names an article of the catalogue with a pinpoint;
 * it inserts something, and only one kind of thing. A rule that stands for a side of a disagreement favours that
 * side's option; a rule that settles one only settles it (settling adds no weight). Each disagreement has sides
 * favouring different options, lists for each side exactly the articles of the rules that stand for it, and is
 * settled by some rule.
 */
final class RuleMetadataCheck {

    /** Lower-case segments separated by dots, the first being the topic: "builtins.admin.django". */
    static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final SourceCatalogue catalogue;
    private final Disagreements disagreements;
    private final List<RuleFile> files;
    private final Map<String, RuleEffect> effects;

    RuleMetadataCheck(SourceCatalogue catalogue, Disagreements disagreements, List<RuleFile> files) {
        this.catalogue = catalogue;
        this.disagreements = disagreements;
        this.files = files;
        this.effects = RuleEffect.of(files);
    }

    List<RuleProblem> check(List<RuleMetadata> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> ruleById = new HashMap<>();
        for (RuleMetadata rule : rules) {
            List<String> complaints = complaintsAbout(rule);
            if (rule.id() != null) {
                String other = ruleById.putIfAbsent(rule.id(), rule.ruleName());
                if (other != null) {
                    complaints.add("@id(\"" + rule.id() + "\") is already used by rule \"" + other + "\"");
                }
            }
            complaints.forEach(c -> problems.add(locate(rule.ruleName(), "rule \"" + rule.ruleName() + "\": " + c)));
        }
        disagreements.all().forEach(d -> problems.addAll(checkDisagreement(d, rules)));
        return problems;
    }

    private List<String> complaintsAbout(RuleMetadata rule) {
        List<String> complaints = new ArrayList<>();
        if (rule.id() == null) {
            complaints.add("has no @id(...)");
        } else if (!ID.matcher(rule.id()).matches()) {
            complaints.add("@id(\"" + rule.id() + "\") must be dotted lower-case words starting with the topic");
        }
        if (rule.reason() == null) {
            complaints.add("has no @reason(...)");
        }
        complaints.addAll(new CitationCheck(catalogue).complaintsAbout(rule.citations()));
        RuleEffect effect = effects.getOrDefault(rule.ruleName(), new RuleEffect(List.of(), null, null));
        int kinds = (effect.evidence().isEmpty() ? 0 : 1) + (effect.settlesFor() == null ? 0 : 1)
                + (effect.remark() == null ? 0 : 1);
        if (kinds != 1) {
            complaints.add("must insert exactly one kind of fact: Evidence, a Conflict (with @settles) or a Remark");
        }
        if (rule.disagreement() != null) {
            complaints.addAll(sideComplaints(rule, effect));
        }
        if (rule.settles() != null) {
            Optional<Disagreement> settled = disagreements.find(rule.settles());
            if (settled.isEmpty()) {
                complaints.add("@settles(\"" + rule.settles() + "\") is not in disagreements.json");
            } else if (effect.settlesFor() == null || !hasSide(settled.get(), effect.settlesFor())) {
                complaints.add("must settle \"" + rule.settles() + "\" for the option of one of its sides");
            }
        } else if (effect.settlesFor() != null) {
            complaints.add("inserts a Conflict but names no @settles(...)");
        }
        return complaints;
    }

    private List<String> sideComplaints(RuleMetadata rule, RuleEffect effect) {
        Optional<Disagreement> side = disagreements.find(rule.disagreement());
        if (side.isEmpty()) {
            return List.of("@disagreement(\"" + rule.disagreement() + "\") is not in disagreements.json");
        }
        boolean favoursASide = !effect.evidence().isEmpty() && effect.evidence().stream()
                .allMatch(e -> e.stance() == Stance.FAVOURS && hasSide(side.get(), e.option()));
        return favoursASide ? List.of() : List.of("stands for a side of \"" + rule.disagreement()
                + "\", so it must favour the option of one of its sides");
    }

    private static boolean hasSide(Disagreement disagreement, Framework option) {
        return disagreement.sides().stream().anyMatch(s -> s.favours() == option);
    }

    private List<RuleProblem> checkDisagreement(Disagreement disagreement, List<RuleMetadata> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        String where = RuleCompiler.DISAGREEMENTS_FILE;
        long options = disagreement.sides().stream().map(Disagreement.Side::favours).distinct().count();
        if (options < 2 || options != disagreement.sides().size()) {
            problems.add(new RuleProblem(where, 0,
                    disagreement.id() + ": needs one side per option, favouring different options"));
        }
        disagreement.sides().stream().flatMap(side -> side.sources().stream())
                .filter(s -> !catalogue.contains(s)).distinct()
                .forEach(s -> problems.add(new RuleProblem(where, 0,
                        disagreement.id() + ": names \"" + s + "\", which is not in sources.json")));
        for (Disagreement.Side side : disagreement.sides()) {
            TreeSet<String> fromRules = new TreeSet<>();
            rules.stream().filter(r -> disagreement.id().equals(r.disagreement()))
                    .filter(r -> effects.containsKey(r.ruleName()) && effects.get(r.ruleName()).evidence().stream()
                            .anyMatch(e -> e.option() == side.favours()))
                    .forEach(r -> fromRules.addAll(r.sources()));
            if (!fromRules.equals(new TreeSet<>(side.sources()))) {
                problems.add(new RuleProblem(where, 0, disagreement.id() + ": the " + side.favours().displayName()
                        + " side lists " + new TreeSet<>(side.sources()) + " but the rules standing for it cite "
                        + fromRules));
            }
        }
        // An article on both sides must say why, or the user sees it contradict itself without a word.
        disagreement.onBothSides().stream().filter(s -> !disagreement.bothSides().containsKey(s))
                .forEach(s -> problems.add(new RuleProblem(where, 0, disagreement.id() + ": \"" + s
                        + "\" stands on both sides; say why in bothSides")));
        disagreement.bothSides().keySet().stream().filter(s -> !disagreement.onBothSides().contains(s))
                .forEach(s -> problems.add(new RuleProblem(where, 0, disagreement.id() + ": bothSides explains \""
                        + s + "\", which does not stand on both sides")));
        if (rules.stream().noneMatch(r -> disagreement.id().equals(r.settles()))) {
            problems.add(new RuleProblem(where, 0, disagreement.id() + ": no rule @settles it"));
        }
        return problems;
    }

    private RuleProblem locate(String ruleName, String message) {
        for (RuleFile file : files) {
            int line = file.lineOfRule(ruleName);
            if (line > 0) {
                return new RuleProblem(file.path(), line, message);
            }
        }
        return new RuleProblem("rules", 0, message);
    }
}
