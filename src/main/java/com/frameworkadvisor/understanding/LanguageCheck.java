package com.frameworkadvisor.understanding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a message in another language from an English one, so the advisor can say plainly that it reads English
 * rather than misread the message. Two signs: letters mostly outside the Latin script, or several of the common
 * words of other Latin-script languages (listed in {@code phrasings.json}) making up a good part of the message.
 */
final class LanguageCheck {

    /** Two foreign function words in a row are rarely an accident; one alone ("de facto", "per se") often is. */
    private static final int FOREIGN_WORDS_NEEDED = 2;
    private static final double FOREIGN_SHARE_NEEDED = 0.3;

    private final Set<String> otherLanguages;

    LanguageCheck(Set<String> otherLanguages) {
        this.otherLanguages = otherLanguages;
    }

    boolean isEnglish(String message) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < message.length(); ) {
            int c = message.codePointAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
            i += Character.charCount(c);
        }
        if (other > latin) {
            return false;
        }
        String[] words = Arrays.stream(message.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        long foreign = Arrays.stream(words).filter(otherLanguages::contains).count();
        boolean greetingOnly = words.length <= 2 && foreign == words.length && foreign > 0;
        return !(greetingOnly || foreign >= FOREIGN_WORDS_NEEDED && foreign >= FOREIGN_SHARE_NEEDED * words.length);
    }
}
