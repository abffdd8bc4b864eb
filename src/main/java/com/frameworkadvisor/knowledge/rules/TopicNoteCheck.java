package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.sources.TopicNotes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every subject a rule speaks to says what the articles leave open on it, so an answer about that subject can
 * never present the articles' part as the whole.
 */
final class TopicNoteCheck {

    private TopicNoteCheck() {
    }

    static List<RuleProblem> check(TopicNotes notes, List<RuleMetadata> rules) {
        Map<String, String> firstRuleByTopic = new TreeMap<>();
        rules.forEach(rule -> rule.topics().forEach(topic -> firstRuleByTopic.putIfAbsent(topic, rule.ruleName())));
        return firstRuleByTopic.entrySet().stream()
                .filter(entry -> notes.leftOpen(entry.getKey()).filter(note -> !note.isBlank()).isEmpty())
                .map(entry -> new RuleProblem(RuleCompiler.TOPICS_FILE, 0, "topic \"" + entry.getKey()
                        + "\" (used by rule \"" + entry.getValue() + "\") has no note of what the articles leave open"))
                .toList();
    }
}
