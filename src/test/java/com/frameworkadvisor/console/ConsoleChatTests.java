package com.frameworkadvisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.interview.QuestionCatalogue;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.session.WriteBarrier;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The terminal chat, driven by piped input as a script would. */
@SpringBootTest
@ActiveProfiles("test")
class ConsoleChatTests {

    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    @Autowired
    ConversationService conversations;

    @Autowired
    Texts texts;

    @TempDir
    Path records;

    private String chat(String chatKey, String... lines) throws Exception {
        return chatWritingTo(records, chatKey, lines);
    }

    private String chatWritingTo(Path documents, String chatKey, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsoleChat(conversations, WriteBarrier.NONE, chatKey, texts, documents).run(
                new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRunAWholeConversationFromPipedInput() throws Exception {
        String transcript = chat("console:test-1",
                "1",                                    // Online shop, the first numbered choice
                "large",
                "admin panel and user accounts",
                "skip", "skip", "skip", "skip", "skip", "skip",
                "why not flask?",
                "what is an ORM?",
                "/summary");

        assertThat(transcript).contains(TEXTS.get("question.progress", 1, "").strip()).contains(" 1) Online shop")
                .contains(texts.get("console.choose"))
                .contains("✓ What kind of application are you building? → Online shop")
                .contains(TEXTS.get("result.verdict", "Django"))
                .contains(TEXTS.get("follow-up.why-not.instead", "Django"))
                .contains("ORM (object-relational mapping)")
                .contains(TEXTS.get("record.caption", "Django", TEXTS.get("confidence.CLEAR")))
                .doesNotContain("<b>").doesNotContain("&amp;");
        // The decision record is a file, and the chat says where.
        try (var written = Files.list(records)) {
            Path record = written.filter(f -> f.getFileName().toString().endsWith(".md")).findFirst().orElseThrow();
            assertThat(transcript).contains(TEXTS.get("console.written", record.toAbsolutePath().normalize()));
            assertThat(Files.readString(record)).startsWith("---\nstatus:").contains("# " + TEXTS.get("record.title",
                    "Django"));
        }
    }

    @Test
    void shouldSaySoAndGoOnWhenTheDecisionRecordCannotBeWritten() throws Exception {
        Path notAFolder = Files.writeString(records.resolve("taken"), "a file where the folder should be");

        String transcript = chatWritingTo(notAFolder, "console:test-unwritable", "1", "/summary",
                "what is an ORM?");

        String notWritten = TEXTS.get("console.not-written", "\u0001", "");
        String said = notWritten.substring(0, notWritten.indexOf('\u0001'));
        assertThat(transcript).contains(said);
        // The chat went on: the next question was answered.
        assertThat(transcript.substring(transcript.indexOf(said))).contains("ORM (object-relational mapping)");
    }

    @Test
    void shouldEndOnQuitWithoutTakingItForAnAnswerOrReadingFurther() throws Exception {
        String transcript = chat("console:test-quit", "1", "quit", "large");

        assertThat(transcript).contains("→ Online shop").doesNotContain("→ Large");
        String resumed = chat("console:test-quit", "exit");
        assertThat(resumed).as("picked up after the answer given before quitting").contains(texts.get("resumed"))
                .contains(texts.get("question.size.text"));
    }

    @Test
    void shouldWrapLongLinesToTheTerminalsWidthAtSpaces() {
        String wrapped = ConsoleRenderer.wrap("one two three four five\nshort\n" + "x".repeat(12), 10);

        assertThat(wrapped.split("\n")).containsExactly("one two", "three four", "five", "short", "xxxxxxxxxx", "xx");
        assertThat(ConsoleRenderer.wrap("unchanged without a terminal", 0)).isEqualTo("unchanged without a terminal");
    }

    @Test
    void shouldShowButtonsAsNumbersAndAcceptTheNumber() throws Exception {
        String transcript = chat("console:test-2", "3");

        Enum<?> third = QuestionCatalogue.load(Optional.of(Path.of("rules"))).of(Question.KIND).optionValues().get(2);
        assertThat(transcript).contains("→ " + texts.option(Question.KIND, third));
    }

    @Test
    void shouldShowEachTurnOnlyOnceItIsDurable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> shownAtEachBarrier = new ArrayList<>();
        WriteBarrier recording = () -> shownAtEachBarrier.add(out.toString(StandardCharsets.UTF_8));

        new ConsoleChat(conversations, recording, "console:test-4", texts, records).run(
                new BufferedReader(new StringReader("1\n")), new PrintStream(out, true, StandardCharsets.UTF_8));

        // Once for the resume at start, once for the answer; each time before that turn's replies are printed.
        assertThat(shownAtEachBarrier).hasSize(2);
        assertThat(shownAtEachBarrier.get(0)).isEmpty();
        assertThat(shownAtEachBarrier.get(1)).contains(TEXTS.get("question.progress", 1, "").strip()).doesNotContain("→ Online shop");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("→ Online shop");
    }

    @Test
    void shouldEndQuietlyWhenTheInputEnds() throws Exception {
        assertThat(chat("console:test-3")).contains(TEXTS.get("question.progress", 1, "").strip()).endsWith("> \n");
    }
}
