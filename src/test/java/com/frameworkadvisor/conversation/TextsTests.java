package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.interview.StartCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.followup.Topic;
import com.frameworkadvisor.conversation.interview.QuestionCatalogue;
import com.frameworkadvisor.conversation.interview.QuestionSpec;
import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.sources.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code and the data ask for exists in the bundle, so a translation knows what to cover. */
class TextsTests {

    private static final Texts TEXTS = new Texts(Locale.ENGLISH);
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:texts\\.(?:get|has|words)\\(|reask\\([^,]+,[^,]+,\\s*|new StartCommand\\([^)]*?)\"([a-z][a-zA-Z0-9.-]*)\"");

    @Test
    void shouldHaveEveryKeyTheCodeNamesLiterally() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/frameworkadvisor/conversation"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    // A key ending in a dot is the prefix of a key built from data, checked by the tests below.
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(50).allSatisfy(key -> assertThat(TEXTS.has(key)).as(key).isTrue());
    }

    @Test
    void shouldWordEveryQuestionOptionAndLabel() {
        QuestionCatalogue catalogue = QuestionCatalogue.load(Optional.of(Path.of("rules")));
        for (QuestionSpec spec : catalogue.questions()) {
            assertThat(TEXTS.question(spec)).isNotBlank();
            assertThat(TEXTS.whyAsked(spec)).isNotBlank();
            spec.optionValues().forEach(option -> assertThat(TEXTS.option(spec.sets(), option)).isNotBlank());
        }
        for (Question question : Question.values()) {
            assertThat(TEXTS.questionLabel(question)).isNotBlank();
        }
        for (Confidence confidence : Confidence.values()) {
            assertThat(TEXTS.confidence(confidence)).isNotBlank();
        }
    }

    @Test
    void shouldWordEveryTopicFrameworkAndGlossaryEntryWithKnownSources() {
        var catalogue = TestRules.compiled().sources();
        for (Topic topic : Topic.values()) {
            assertThat(TEXTS.get("topic." + topic.name() + ".title")).isNotBlank();
        }
        for (Framework option : Framework.values()) {
            assertThat(TEXTS.words("words.framework." + option.name())).isNotEmpty();
        }
        for (String term : TEXTS.words("glossary.terms")) {
            assertThat(TEXTS.get("glossary." + term + ".text")).isNotBlank();
            assertThat(TEXTS.words("glossary." + term + ".words")).isNotEmpty();
            assertThat(TEXTS.words("glossary." + term + ".sources")).isNotEmpty().allMatch(catalogue::contains);
        }
        for (Fact.Subject subject : Fact.Subject.values()) {
            assertThat(TEXTS.get("facts." + subject.name() + ".title")).isNotBlank();
        }
    }

    @Test
    void shouldReplacePlaceholdersLiterallySoApostrophesNeedNoEscaping() {
        assertThat(TEXTS.get("unknown-command", "x")).isEqualTo("I don't know the command /x. Send /help to see what I can do.");
    }
}
