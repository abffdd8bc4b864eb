package com.frameworkadvisor.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an article makes a point: the article's catalogue id and a pinpoint, a short locator such as a section
 * heading, a list or table with its item, or an FAQ question, so a reader can check the claim in a minute.
 * One citation is one passage, and one passage is one piece of evidence.
 *
 * <p>In a rule's metadata citations are written {@code @source("hirist: Flask vs Django – Security; uncodemy:
 * Security Out of the Box")}: passages separated by ';', each the article id, a colon and the pinpoint.
 */
public record Citation(String source, String pinpoint) {

    /** A pinpoint locates a passage; it never quotes one. */
    public static final int MAX_PINPOINT_WORDS = 9;

    public static List<Citation> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Citation> citations = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                citations.add(parse(part));
            }
        }
        return List.copyOf(citations);
    }

    static Citation parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Citation(text.strip(), null);
        }
        String pinpoint = text.substring(colon + 1).strip();
        return new Citation(text.substring(0, colon).strip(), pinpoint.isEmpty() ? null : pinpoint);
    }

    public int pinpointWords() {
        return pinpoint == null ? 0 : (int) Arrays.stream(pinpoint.split("\\s+")).filter(w -> w.matches(".*\\w.*"))
                .count();
    }

    /** The article ids of these citations, each once, in order of first mention. */
    public static List<String> sourcesOf(List<Citation> citations) {
        return citations.stream().map(Citation::source).distinct().toList();
    }

    @Override
    public String toString() {
        return source + ": " + pinpoint;
    }
}
