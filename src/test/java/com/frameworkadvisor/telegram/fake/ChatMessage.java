package com.frameworkadvisor.telegram.fake;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message the bot sent, as the user sees it now (edits applied).
 *
 * @param text      the text exactly as the bot sent it, markup included
 * @param parseMode the parse_mode it was sent with, in Telegram's spelling ({@code HTML}, {@code Markdown},
 *                  {@code MarkdownV2}) whatever case the bot used, or null
 * @param keyboard  the inline keyboard, rows of buttons; each button has {@code text} and whichever of
 *                  {@code callback_data} and {@code url} it carries
 * @param edits     how many edits (text or keyboard) were applied
 */
public record ChatMessage(long messageId, String text, String parseMode, List<List<Map<String, String>>> keyboard,
        int edits) {

    /** The text the user reads: HTML tags removed and entities decoded when it was sent as HTML. */
    public String visibleText() {
        return MessageText.parse(text, parseMode).plain();
    }

    /** Every button's callback_data, row by row. */
    public List<String> callbackData() {
        return keyboard.stream().flatMap(List::stream).map(button -> button.get("callback_data"))
                .filter(Objects::nonNull).toList();
    }
}
