package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Question;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every knowledge rule carries: {@code @id}, {@code @source} (the passages it paraphrases, see
 * {@link Citation}), {@code @reason} (the point in the project's own words), optionally {@code @topics} (the
 * follow-up subjects it speaks to) and, for the two roles a rule can play in a disagreement, either
 * {@code @disagreement} (this evidence stands for one side of it) or {@code @settles} (this rule decides which
 * side applies to the profile). The rule's file topic is the first segment of its id, so "builtins.admin.django"
 * lives in the "builtins" file.
 */
public record RuleMetadata(String ruleName, String id, List<Citation> citations, String reason, String disagreement,
                           String settles, List<String> topics, Set<Question> premises) {

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String REASON = "reason";
    public static final String DISAGREEMENT = "disagreement";
    public static final String SETTLES = "settles";
    public static final String TOPICS = "topics";

    public RuleMetadata {
        citations = List.copyOf(citations);
        topics = List.copyOf(topics);
        premises = premises.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(premises));
    }

    /** The same, knowing which answers the rule's conditions read (the rule compiler finds them in its source). */
    public RuleMetadata withPremises(Set<Question> read) {
        return new RuleMetadata(ruleName, id, citations, reason, disagreement, settles, topics, read);
    }

    /**
     * Where the rule compiler leaves each rule's parsed metadata, on the rule itself: a rule's consequence asks for
     * it with every piece of evidence it inserts, so it is parsed once per compilation, not once per insertion.
     */
    public static final String PARSED = "advisor.parsed-metadata";

    public static RuleMetadata of(Rule rule) {
        return rule.getMetaData().get(PARSED) instanceof RuleMetadata parsed ? parsed : parse(rule);
    }

    /** Reads the metadata from the rule's annotations. */
    public static RuleMetadata parse(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        return new RuleMetadata(rule.getName(), text(meta.get(ID)), Citation.parseAll(text(meta.get(SOURCE))),
                text(meta.get(REASON)), text(meta.get(DISAGREEMENT)), text(meta.get(SETTLES)),
                list(text(meta.get(TOPICS))), Set.of());
    }

    /** The articles cited, each once. */
    public List<String> sources() {
        return Citation.sourcesOf(citations);
    }

    public String topic() {
        int dot = id == null ? -1 : id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    public boolean isConflictRule() {
        return settles != null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
