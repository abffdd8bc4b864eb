package com.frameworkadvisor.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTests {

    @Test
    void shouldLeaveAShortMessageWhole() {
        assertThat(MessageSplitter.split("hello\n\nworld")).containsExactly("hello\n\nworld");
    }

    @Test
    void shouldSplitAtParagraphBoundariesWithinTheLimit() {
        String paragraph = "<b>Title</b>\n" + "x".repeat(1500);
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);

        List<String> parts = MessageSplitter.split(text);

        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(p -> assertThat(p).startsWith("<b>Title</b>"));
    }

    @Test
    void shouldSplitAnOverlongParagraphAtLinesAndAnOverlongLineHard() {
        String lines = ("line of text " + "y".repeat(80) + "\n").repeat(100).strip();
        String oneLine = "z".repeat(10_000);

        for (String text : List.of(lines, oneLine)) {
            List<String> parts = MessageSplitter.split(text);
            assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isBetween(1, 4096));
            assertThat(String.join("", parts).replace("\n", "")).isEqualTo(text.replace("\n", ""));
        }
    }
}
