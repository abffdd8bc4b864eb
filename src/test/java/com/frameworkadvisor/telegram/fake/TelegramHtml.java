package com.frameworkadvisor.telegram.fake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Map.entry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Telegram's parse_mode HTML, checked the way the Bot API checks it: only its own tags, properly nested, and every
 * {@code <} starting a tag. Unknown named entities and a bare {@code &} or {@code >} pass as text, as they do there.
 * Error texts follow Telegram's ("Unsupported start tag "script" at byte offset 6").
 */
final class TelegramHtml {

    /** The text a user reads and the formatting applied to it, in a form that compares like Telegram compares. */
    record Parsed(String plain, List<String> entities) {
    }

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Tag name to entity type; the aliases Telegram accepts map to the same entity. */
    private static final Map<String, String> TAGS = Map.ofEntries(
            entry("b", "bold"), entry("strong", "bold"),
            entry("i", "italic"), entry("em", "italic"),
            entry("u", "underline"), entry("ins", "underline"),
            entry("s", "strikethrough"), entry("strike", "strikethrough"), entry("del", "strikethrough"),
            entry("tg-spoiler", "spoiler"), entry("span", "spoiler"),
            entry("a", "text_link"), entry("code", "code"), entry("pre", "pre"),
            entry("blockquote", "blockquote"), entry("tg-emoji", "custom_emoji"));

    private static final Pattern SPOILER_CLASS =
            Pattern.compile("class\\s*=\\s*(\"tg-spoiler\"|'tg-spoiler'|tg-spoiler)");

    private record Open(String tag, String attributes, int offset) {
    }

    private TelegramHtml() {
    }

    static Parsed parse(String html) throws Invalid {
        StringBuilder plain = new StringBuilder();
        Deque<Open> open = new ArrayDeque<>();
        List<String> entities = new ArrayList<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '&') {
                int end = appendEntity(html, i, plain);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            if (c != '<') {
                plain.append(c);
                i++;
            } else if (i + 1 < html.length() && html.charAt(i + 1) == '/') {
                i = closeTag(html, i, open, plain.length(), entities);
            } else {
                i = openTag(html, i, open, plain.length());
            }
        }
        if (!open.isEmpty()) {
            throw new Invalid("Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
        }
        return new Parsed(plain.toString(), List.copyOf(entities));
    }

    private static int openTag(String html, int start, Deque<Open> open, int offset) throws Invalid {
        int i = start + 1;
        while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
        }
        String tag = html.substring(start + 1, i).toLowerCase(Locale.ROOT);
        if (i == html.length()) {
            throw new Invalid("Unclosed start tag at byte offset " + byteOffset(html, start));
        }
        if (!TAGS.containsKey(tag)) {
            throw new Invalid("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(html, start));
        }
        int attributesStart = i;
        char quote = 0;
        while (i < html.length() && (quote != 0 || html.charAt(i) != '>')) {
            char c = html.charAt(i);
            if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            }
            i++;
        }
        if (i == html.length()) {
            throw new Invalid("Unclosed start tag at byte offset " + byteOffset(html, start));
        }
        String attributes = html.substring(attributesStart, i).trim();
        if (tag.equals("span") && !SPOILER_CLASS.matcher(attributes).matches()) {
            throw new Invalid("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(html, start));
        }
        open.push(new Open(tag, attributes, offset));
        return i + 1;
    }

    private static int closeTag(String html, int start, Deque<Open> open, int offset, List<String> entities)
            throws Invalid {
        if (open.isEmpty()) {
            throw new Invalid("Unexpected end tag at byte offset " + byteOffset(html, start));
        }
        int end = html.indexOf('>', start);
        if (end < 0) {
            throw new Invalid("Unclosed end tag at byte offset " + byteOffset(html, start));
        }
        String tag = html.substring(start + 2, end).trim().toLowerCase(Locale.ROOT);
        Open top = open.pop();
        if (!top.tag().equals(tag)) {
            throw new Invalid("Unmatched end tag at byte offset " + byteOffset(html, start) + ", expected \"</"
                    + top.tag() + ">\", found \"</" + tag + ">\"");
        }
        String attributes = top.tag().equals("span") ? "" : top.attributes();
        entities.add(TAGS.get(top.tag()) + "(" + attributes + ")@" + top.offset() + "+" + (offset - top.offset()));
        return end + 1;
    }

    /** Appends the character a supported entity stands for and returns the index after it, or {@code at} if none. */
    private static int appendEntity(String html, int at, StringBuilder plain) {
        int semicolon = html.indexOf(';', at);
        if (semicolon < 0 || semicolon - at > 10) {
            return at;
        }
        String name = html.substring(at + 1, semicolon);
        String decoded = switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> numeric(name);
        };
        if (decoded == null) {
            return at;
        }
        plain.append(decoded);
        return semicolon + 1;
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int byteOffset(String html, int index) {
        return html.substring(0, index).getBytes(UTF_8).length;
    }
}
