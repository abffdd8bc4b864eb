package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks that make every reason traceable: each rule has a well-formed, unique {@code @id}, a
 * {@code @reason}, and a {@code @source} naming only articles in the catalogue; each conflict rule names a
 * known disagreement; each disagreement cites known articles on at least two sides that favour different options.
 */
final class RuleMetadataCheck {

    /** Lower-case segments separated by dots, the first being the topic: "builtins.admin.django". */
    static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final SourceCatalogue catalogue;
    private final Disagreements disagreements;
    private final List<RuleFile> files;

    RuleMetadataCheck(SourceCatalogue catalogue, Disagreements disagreements, List<RuleFile> files) {
        this.catalogue = catalogue;
        this.disagreements = disagreements;
        this.files = files;
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
        disagreements.all().forEach(d -> problems.addAll(checkDisagreement(d)));
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
        if (rule.sources().isEmpty()) {
            complaints.add("has no @source(...)");
        }
        rule.sources().stream().filter(s -> !catalogue.contains(s))
                .forEach(s -> complaints.add("@source names \"" + s + "\", which is not in sources.json"));
        if (rule.isConflictRule() && disagreements.find(rule.disagreement()).isEmpty()) {
            complaints.add("@disagreement(\"" + rule.disagreement() + "\") is not in disagreements.json");
        }
        return complaints;
    }

    private List<RuleProblem> checkDisagreement(Disagreement disagreement) {
        List<RuleProblem> problems = new ArrayList<>();
        String where = RuleCompiler.DISAGREEMENTS_FILE;
        long options = disagreement.sides().stream().map(Disagreement.Side::favours).distinct().count();
        if (options < 2) {
            problems.add(new RuleProblem(where, 0, disagreement.id() + ": needs sides favouring different options"));
        }
        disagreement.sides().stream().flatMap(side -> side.sources().stream())
                .filter(s -> !catalogue.contains(s)).distinct()
                .forEach(s -> problems.add(new RuleProblem(where, 0,
                        disagreement.id() + ": names \"" + s + "\", which is not in sources.json")));
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
