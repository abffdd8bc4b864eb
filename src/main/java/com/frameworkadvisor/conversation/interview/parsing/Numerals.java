package com.frameworkadvisor.conversation.interview.parsing;

/** Reads a number token: "12", "1.5", "1,5", "10,000", "1.000.000". */
final class Numerals {

    private Numerals() {
    }

    /** The token's value as a decimal string with a '.' point and no grouping. */
    static String value(Token token) {
        String text = token.text();
        int separators = 0;
        boolean allGroupsOfThree = true;
        int lastSeparator = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',') {
                allGroupsOfThree &= lastSeparator < 0 || i - lastSeparator == 4;
                separators++;
                lastSeparator = i;
            }
        }
        if (separators == 0) {
            return text;
        }
        allGroupsOfThree &= text.length() - lastSeparator == 4;
        // "10,000" and "1.000.000" group thousands; a single "1.5" or "1,5" is a decimal point.
        if (allGroupsOfThree) {
            return text.replace(".", "").replace(",", "");
        }
        if (separators == 1) {
            return text.replace(',', '.');
        }
        int first = Math.min(indexOrEnd(text, '.'), indexOrEnd(text, ','));
        return text.substring(0, first);
    }

    private static int indexOrEnd(String text, char c) {
        int i = text.indexOf(c);
        return i < 0 ? text.length() : i;
    }
}
