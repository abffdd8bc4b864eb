package com.frameworkadvisor.telegram.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text longer than Telegram's 4,096 characters at paragraph boundaries, then at line boundaries, and only
 * as a last resort inside a line. Replies keep their HTML tags within one line, so splitting between lines never
 * leaves a tag open.
 */
final class MessageSplitter {

    static final int LIMIT = 4096;

    private MessageSplitter() {
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            for (String piece : fit(paragraph, "\n")) {
                String separator = current.isEmpty() ? "" : "\n\n";
                if (current.length() + separator.length() + piece.length() > LIMIT) {
                    parts.add(current.toString());
                    current.setLength(0);
                    separator = "";
                }
                current.append(separator).append(piece);
            }
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /** A paragraph in pieces that each fit: whole lines where possible, hard cuts only for a line too long. */
    private static List<String> fit(String paragraph, String separator) {
        if (paragraph.length() <= LIMIT) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : paragraph.split(separator)) {
            for (int start = 0; start < Math.max(1, line.length()); start += LIMIT) {
                String chunk = line.substring(start, Math.min(line.length(), start + LIMIT));
                String glue = current.isEmpty() ? "" : separator;
                if (current.length() + glue.length() + chunk.length() > LIMIT) {
                    pieces.add(current.toString());
                    current.setLength(0);
                    glue = "";
                }
                current.append(glue).append(chunk);
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }
}
