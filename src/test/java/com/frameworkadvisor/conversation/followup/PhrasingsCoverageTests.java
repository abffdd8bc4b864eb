package com.frameworkadvisor.conversation.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.understanding.Phrasings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** rules/phrasings.json and the intents it feeds name the same meanings: none without examples, none unknown. */
class PhrasingsCoverageTests {

    /** Not meanings to recognise: what is left when none is close, and a language check made before. */
    private static final Set<Intent.Kind> NOT_LEARNED = EnumSet.of(Intent.Kind.UNKNOWN, Intent.Kind.NOT_ENGLISH);

    private final Set<String> labels = Phrasings.load(Optional.of(Path.of("rules"))).meanings().keySet();

    @Test
    void shouldHaveExamplesForEveryIntentAndTopic() {
        Set<String> expected = Stream.concat(
                Arrays.stream(Intent.Kind.values()).filter(k -> !NOT_LEARNED.contains(k) && k != Intent.Kind.TOPIC)
                        .map(Intent.Kind::label),
                Arrays.stream(Topic.values()).map(t -> "topic." + t.key())).collect(Collectors.toSet());

        assertThat(labels).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldRoundTripEveryButtonCode() {
        for (Topic topic : Topic.values()) {
            Intent intent = new Intent(Intent.Kind.TOPIC, null, topic, null, "");
            assertThat(Intent.ofCode(intent.code().orElseThrow())).contains(intent);
        }
        Intent whyNot = new Intent(Intent.Kind.WHY, com.frameworkadvisor.knowledge.Framework.FLASK, null, null, "");
        assertThat(Intent.ofCode(whyNot.code().orElseThrow())).contains(whyNot);
        assertThat(new Intent(Intent.Kind.WHAT_IF, null, null, null, "what if").code()).as("needs its text").isEmpty();
        for (String forged : new String[] {"TOPIC-nonsense", "WHY-RUBY", "WHAT_IF", "NOPE", "SUMMARY-x", ""}) {
            assertThat(Intent.ofCode(forged)).as(forged).isEmpty();
        }
    }
}
