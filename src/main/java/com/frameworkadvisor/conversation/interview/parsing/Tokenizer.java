package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Token.Gap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and numbers in one pass, whatever the script. Apostrophes inside a word are dropped, so
 * "don't", "don’t" and "dont" are the same word; invisible format characters (zero-width joiners, bidi marks) are
 * dropped so that they cannot split a word.
 */
final class Tokenizer {

    // Language-neutral punctuation that ends a clause: "no admin, a login" negates only the admin.
    private static final String CLAUSE_MARKS = ".,;:!?()[]{}|…\n\r\u2014\u2015\u3002\uFF0C\u3001\uFF1B\uFF1A\uFF01\uFF1F\u061F\u060C";
    private static final String APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4\u2032";

    private final Locale locale;

    Tokenizer(Locale locale) {
        this.locale = locale;
    }

    List<Token> tokenize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(locale);
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inNumber = false;
        Gap gap = Gap.SPACE;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                i = next;
                continue;
            }
            boolean inWord = word.length() > 0;
            if (Character.isLetter(cp) || (isMark(type) && inWord && !inNumber)) {
                if (inWord && inNumber) {
                    gap = flush(tokens, word, true, gap);
                }
                word.appendCodePoint(cp);
                inNumber = false;
            } else if (Character.isDigit(cp)) {
                if (inWord && !inNumber) {
                    gap = flush(tokens, word, false, gap);
                }
                word.append((char) ('0' + Character.digit(cp, 10)));
                inNumber = true;
            } else if (inWord && inNumber && (cp == '.' || cp == ',') && isDigitAt(s, next)) {
                word.append((char) cp);
            } else if (inWord && !inNumber && APOSTROPHES.indexOf(cp) >= 0 && isLetterAt(s, next)) {
                // "we're" is one word; an apostrophe used as a quote mark is not.
            } else {
                if (inWord) {
                    flush(tokens, word, inNumber, gap);
                    gap = Gap.NONE;
                }
                gap = widen(gap, cp, type);
            }
            i = next;
        }
        if (word.length() > 0) {
            flush(tokens, word, inNumber, gap);
        }
        return tokens;
    }

    private static Gap flush(List<Token> tokens, StringBuilder word, boolean number, Gap gap) {
        tokens.add(new Token(word.toString(), tokens.isEmpty() ? Gap.SPACE : gap, number));
        word.setLength(0);
        return Gap.NONE;
    }

    private static Gap widen(Gap gap, int cp, int type) {
        if (CLAUSE_MARKS.indexOf(cp) >= 0 || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return Gap.BREAK;
        }
        if (type == Character.DASH_PUNCTUATION || cp == '~') {
            return gap == Gap.BREAK ? gap : Gap.DASH;
        }
        return gap == Gap.NONE ? Gap.SPACE : gap;
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isDigitAt(String s, int index) {
        return index < s.length() && Character.isDigit(s.codePointAt(index));
    }

    private static boolean isLetterAt(String s, int index) {
        return index < s.length() && Character.isLetter(s.codePointAt(index));
    }
}
