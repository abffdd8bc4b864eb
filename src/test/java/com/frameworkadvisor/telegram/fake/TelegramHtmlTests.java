package com.frameworkadvisor.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The fake's parse_mode HTML check, which must accept what Telegram accepts and refuse what it refuses. */
class TelegramHtmlTests {

    @Test
    void shouldAcceptTelegramTagsEntitiesAndStrayCharacters() throws Exception {
        TelegramHtml.Parsed parsed = TelegramHtml.parse("<b>Django</b> &gt; <i>Flask</i>? a & b > c &nbsp; &#128512;"
                + " <span class=\"tg-spoiler\">s</span> <pre><code class=\"language-python\">x</code></pre>");

        assertThat(parsed.plain()).isEqualTo("Django > Flask? a & b > c &nbsp; \uD83D\uDE00 s x");
        assertThat(parsed.entities()).hasSize(5);
    }

    @Test
    void shouldTreatTagAliasesAsTheSameFormatting() throws Exception {
        assertThat(TelegramHtml.parse("<strong>x</strong> <em>y</em>"))
                .isEqualTo(TelegramHtml.parse("<b>x</b> <i>y</i>"));
    }

    @Test
    void shouldReportErrorsAsTelegramDoes() {
        assertThatThrownBy(() -> TelegramHtml.parse("é <script>")).hasMessage(
                "Unsupported start tag \"script\" at byte offset 3");
        assertThatThrownBy(() -> TelegramHtml.parse("1 < 2")).hasMessage(
                "Unsupported start tag \"\" at byte offset 2");
        assertThatThrownBy(() -> TelegramHtml.parse("<b>x</i>")).hasMessage(
                "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"");
        assertThatThrownBy(() -> TelegramHtml.parse("<b>x")).hasMessage(
                "Can't find end tag corresponding to start tag \"b\"");
        assertThatThrownBy(() -> TelegramHtml.parse("x</b>")).hasMessage("Unexpected end tag at byte offset 1");
        assertThatThrownBy(() -> TelegramHtml.parse("<span>x</span>")).hasMessage(
                "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0");
        assertThatThrownBy(() -> TelegramHtml.parse("<b")).hasMessage("Unclosed start tag at byte offset 0");
    }
}
