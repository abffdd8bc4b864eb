package com.frameworkadvisor.conversation.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.TestRules;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Follow-up topics find their rules through the rules' own @topics metadata, and no topic is left empty. */
class TopicTests {

    private final List<RuleMetadata> rules = TestRules.compiled().rules();

    @Test
    void shouldCoverAtLeastOneScoringRuleWithEveryTopic() {
        for (Topic topic : Topic.values()) {
            assertThat(rules).as("rules with @topics(\"%s\")", topic.key())
                    .anyMatch(r -> topic.covers(r.topics()) && !r.isConflictRule());
        }
    }

    @Test
    void shouldNameOnlyKnownTopicsInTheRules() {
        Set<String> known = Arrays.stream(Topic.values()).map(Topic::key).collect(Collectors.toSet());
        assertThat(rules).allSatisfy(r -> assertThat(known).as("@topics of %s", r.id()).containsAll(r.topics()));
    }
}
