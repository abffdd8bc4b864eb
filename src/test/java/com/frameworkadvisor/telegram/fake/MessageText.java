package com.frameworkadvisor.telegram.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A message text checked as Telegram checks it before sending: parse_mode known, HTML well formed, and no longer than
 * 4096 characters once the markup is removed.
 *
 * @param plain     what the user reads
 * @param formatted what decides whether an edit changes anything (text plus formatting, as Telegram compares them)
 */
record MessageText(String raw, String parseMode, String plain, List<String> formatted) {

    static final int MAX_LENGTH = 4096;
    private static final String HTML = "HTML";
    /** Telegram takes parse_mode in any case (TelegramBots' ParseMode.HTML is "html"); kept as documented. */
    private static final Map<String, String> PARSE_MODES = Map.of("html", HTML, "markdown", "Markdown",
            "markdownv2", "MarkdownV2");

    static MessageText parse(String raw, String parseMode) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        boolean given = parseMode != null && !parseMode.isEmpty();
        String mode = given ? PARSE_MODES.get(parseMode.toLowerCase(Locale.ROOT)) : null;
        if (given && mode == null) {
            throw ApiError.badRequest("unsupported parse_mode");
        }
        MessageText text;
        if (mode == null) {
            text = new MessageText(raw, null, raw, List.of(raw));
        } else if (mode.equals(HTML)) {
            text = html(raw);
        } else {
            // Markdown is not checked; compare it as sent.
            text = new MessageText(raw, mode, raw, List.of(mode, raw));
        }
        if (text.plain().isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (text.plain().length() > MAX_LENGTH) {
            throw ApiError.badRequest("message is too long");
        }
        return text;
    }

    private static MessageText html(String raw) {
        try {
            TelegramHtml.Parsed parsed = TelegramHtml.parse(raw);
            List<String> formatted = new ArrayList<>(parsed.entities());
            formatted.add(0, parsed.plain());
            return new MessageText(raw, HTML, parsed.plain(), List.copyOf(formatted));
        } catch (TelegramHtml.Invalid e) {
            throw ApiError.badRequest("can't parse entities: " + e.getMessage());
        }
    }
}
