package com.frameworkadvisor.telegram.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline keyboard of a reply_markup. Only inline keyboards belong to a message; a reply keyboard or
 * force_reply is shown by the user's app, not attached to the message, so it is kept out of the chat.
 *
 * @param markup the reply_markup as sent, or null when the message has no inline keyboard
 */
record InlineKeyboard(JsonNode markup) {

    static final int MAX_CALLBACK_DATA_BYTES = 64;
    private static final List<String> BUTTON_FIELDS = List.of("text", "callback_data", "url");

    static final InlineKeyboard NONE = new InlineKeyboard(null);

    /** Reads and checks a reply_markup parameter (an object, or JSON text of one as multipart sends it). */
    static InlineKeyboard of(JsonNode replyMarkup) {
        if (replyMarkup == null || replyMarkup.isNull()) {
            return NONE;
        }
        JsonNode markup = replyMarkup.isTextual() ? Json.parse(replyMarkup.asText()) : replyMarkup;
        JsonNode rows = markup.get("inline_keyboard");
        if (rows == null) {
            return NONE;
        }
        if (!rows.isArray()) {
            throw ApiError.badRequest("can't parse inline keyboard: field \"inline_keyboard\" must be an Array");
        }
        for (JsonNode row : rows) {
            for (JsonNode button : row) {
                JsonNode data = button.get("callback_data");
                if (data != null && data.asText().getBytes(UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
                    throw ApiError.badRequest("BUTTON_DATA_INVALID");
                }
            }
        }
        return new InlineKeyboard(markup);
    }

    List<List<Map<String, String>>> rows() {
        if (markup == null) {
            return List.of();
        }
        List<List<Map<String, String>>> rows = new ArrayList<>();
        for (JsonNode row : markup.get("inline_keyboard")) {
            List<Map<String, String>> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : BUTTON_FIELDS) {
                    if (button.hasNonNull(field)) {
                        fields.put(field, button.get(field).asText());
                    }
                }
                buttons.add(Collections.unmodifiableMap(fields));
            }
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }
}
