package com.frameworkadvisor.telegram.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the pieces of a JSON text without parsing them: the raw value of a top-level field, and the raw elements
 * of an array. It follows only strings and brackets, so it takes any nesting and any value that a parser would
 * refuse, and it runs in one pass. It assumes well-formed brackets; what it cannot follow, it reports as absent.
 */
final class JsonElements {

    private JsonElements() {
    }

    /** The raw text of the value of {@code field} in the top-level object, if it has one. */
    static Optional<String> field(String json, String field) {
        String wanted = "\"" + field + "\"";
        int depth = 0;
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (end < 0) {
                    return Optional.empty();
                }
                if (depth == 1 && json.startsWith(wanted, i) && end == i + wanted.length() - 1) {
                    int colon = skipSpace(json, end + 1);
                    if (colon < json.length() && json.charAt(colon) == ':') {
                        int start = skipSpace(json, colon + 1);
                        int stop = endOfValue(json, start);
                        return stop < 0 ? Optional.empty() : Optional.of(json.substring(start, stop));
                    }
                }
                i = end + 1;
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
            i++;
        }
        return Optional.empty();
    }

    /** The raw elements of a JSON array; empty when the text is not an array. */
    static List<String> ofArray(String array) {
        List<String> elements = new ArrayList<>();
        int i = skipSpace(array, 0);
        if (i >= array.length() || array.charAt(i) != '[') {
            return elements;
        }
        i = skipSpace(array, i + 1);
        while (i < array.length() && array.charAt(i) != ']') {
            int end = endOfValue(array, i);
            if (end < 0) {
                return elements;
            }
            elements.add(array.substring(i, end));
            i = skipSpace(array, end);
            if (i < array.length() && array.charAt(i) == ',') {
                i = skipSpace(array, i + 1);
            }
        }
        return elements;
    }

    /** The index just past the value starting at {@code start}, or -1 when it does not end. */
    private static int endOfValue(String json, int start) {
        int depth = 0;
        int i = start;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
                if (depth == 0) {
                    return i;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i; // the end of the enclosing container: a scalar value ends here
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                return i;
            }
            i++;
        }
        return depth == 0 ? i : -1;
    }

    /** The index of the quote closing the string that opens at {@code start}, or -1. */
    private static int endOfString(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
