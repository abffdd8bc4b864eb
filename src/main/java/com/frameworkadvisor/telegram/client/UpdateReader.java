package com.frameworkadvisor.telegram.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads Telegram's JSON one update at a time. A getUpdates answer is split into its elements by a small scanner
 * before any of them is parsed, so an element that no parser can take (a field of the wrong type, a number too big
 * for the library's integer, nesting deeper than Jackson allows) is reported on its own, with its update id, while
 * the others are read normally. This is the one place that knows the JSON shape of an update beyond the library.
 */
public final class UpdateReader {

    /** update_id as a top-level key of an element, read without parsing the element. */
    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\"\\s*:\\s*(-?\\d{1,19})");
    private static final List<String> CHAT_PATHS = List.of("/message/chat/id", "/edited_message/chat/id",
            "/callback_query/message/chat/id", "/my_chat_member/chat/id", "/channel_post/chat/id");

    private final ObjectMapper json = new ObjectMapper();

    /** The updates of a getUpdates answer whose {@code ok} is true; empty when {@code result} is not a list. */
    List<ReceivedUpdate> readAll(String resultArray) {
        List<ReceivedUpdate> updates = new ArrayList<>();
        for (String element : JsonElements.ofArray(resultArray)) {
            read(element).ifPresent(updates::add);
        }
        return updates;
    }

    /**
     * One update; empty when not even its update id can be found, in which case it is not an update at all.
     * Reading never throws.
     */
    public Optional<ReceivedUpdate> read(String raw) {
        JsonNode tree;
        try {
            tree = json.readTree(raw);
        } catch (JsonProcessingException | RuntimeException e) {
            return idWithoutParsing(raw).map(id -> new ReceivedUpdate(id, ReceivedUpdate.UNKNOWN_KIND, 0, raw, null,
                    describe(e)));
        }
        if (tree == null || !tree.path("update_id").canConvertToLong()) {
            return Optional.empty();
        }
        long id = tree.get("update_id").asLong();
        String kind = kindOf(tree);
        long chatId = chatOf(tree);
        try {
            Update update = json.treeToValue(tree, Update.class);
            return Optional.of(new ReceivedUpdate(id, kind, chatId, raw, update, null));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.of(new ReceivedUpdate(id, kind, chatId, raw, null, describe(e)));
        }
    }

    private static Optional<Long> idWithoutParsing(String raw) {
        Matcher id = UPDATE_ID.matcher(raw);
        if (!id.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The update's kind: its one field besides update_id. */
    private static String kindOf(JsonNode tree) {
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"update_id".equals(name)) {
                return name;
            }
        }
        return ReceivedUpdate.UNKNOWN_KIND;
    }

    private static long chatOf(JsonNode tree) {
        for (String path : CHAT_PATHS) {
            JsonNode id = tree.at(path);
            if (id.canConvertToLong()) {
                return id.asLong();
            }
        }
        return 0;
    }

    /** The error without Jackson's excerpt of the source, which can be long; the payload is kept beside it. */
    private static String describe(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String text = e.getClass().getSimpleName() + ": " + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
