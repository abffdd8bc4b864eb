package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Framework;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises what a follow-up message asks, from word lists in the message bundle. The checks run from the most
 * specific form to the most general ("what if" before "why", pushback before "why not"), and a phrase matches
 * only on word boundaries, so "sorm" is not "orm".
 */
public final class IntentDetector {

    private final Texts texts;

    public IntentDetector(Texts texts) {
        this.texts = texts;
    }

    public Intent detect(String message) {
        String text = normalise(message);
        Optional<String> whatIf = afterPrefix(text, "words.what-if");
        if (whatIf.isPresent()) {
            return new Intent(Intent.Kind.WHAT_IF, null, null, null, whatIf.get());
        }
        Optional<String> term = glossaryTerm(text);
        if (term.isPresent() && (containsAny(text, "words.define") || text.equals(term.get()))) {
            return new Intent(Intent.Kind.GLOSSARY, null, null, term.get(), "");
        }
        if (containsAny(text, "words.who-uses")) {
            return Intent.of(Intent.Kind.WHO_USES);
        }
        if (containsAny(text, "words.origin")) {
            return Intent.of(Intent.Kind.ORIGIN);
        }
        if (containsAny(text, "words.popularity")) {
            return Intent.of(Intent.Kind.POPULARITY);
        }
        if (containsAny(text, "words.where")) {
            return Intent.of(Intent.Kind.WHERE);
        }
        Framework mentioned = framework(text);
        if (containsAny(text, "words.disagreements")) {
            return Intent.of(Intent.Kind.DISAGREEMENTS);
        }
        if (containsAny(text, "words.pushback")) {
            return new Intent(Intent.Kind.PUSHBACK, mentioned, null, null, "");
        }
        if (containsAny(text, "words.summary")) {
            return Intent.of(Intent.Kind.SUMMARY);
        }
        if (containsAny(text, "words.sources")) {
            return Intent.of(Intent.Kind.SOURCES);
        }
        if (containsAny(text, "words.change")) {
            return Intent.of(Intent.Kind.CHANGE);
        }
        Optional<Topic> topic = topic(text);
        if (topic.isPresent()) {
            return new Intent(Intent.Kind.TOPIC, mentioned, topic.get(), null, "");
        }
        if (mentioned != null && containsAny(text, "words.why-not")) {
            return new Intent(Intent.Kind.WHY_NOT, mentioned, null, null, "");
        }
        if (containsAny(text, "words.why")) {
            return new Intent(mentioned == null ? Intent.Kind.WHY : Intent.Kind.WHY_NOT, mentioned, null, null, "");
        }
        if (term.isPresent()) {
            return new Intent(Intent.Kind.GLOSSARY, null, null, term.get(), "");
        }
        return Intent.of(Intent.Kind.UNKNOWN);
    }

    static String normalise(String message) {
        String lower = message.toLowerCase(Locale.ROOT).replace('’', '\'');
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '\'' || c == '-' ? c : ' ');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private Optional<String> afterPrefix(String text, String key) {
        for (String prefix : texts.words(key)) {
            if (text.startsWith(prefix + " ")) {
                return Optional.of(text.substring(prefix.length()).strip());
            }
        }
        return Optional.empty();
    }

    private boolean containsAny(String text, String key) {
        return texts.words(key).stream().anyMatch(phrase -> containsPhrase(text, phrase));
    }

    static boolean containsPhrase(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }

    private Framework framework(String text) {
        for (Framework option : Framework.values()) {
            if (texts.words("words.framework." + option.name()).stream().anyMatch(w -> containsPhrase(text, w))) {
                return option;
            }
        }
        return null;
    }

    private Optional<Topic> topic(String text) {
        for (Topic topic : Topic.values()) {
            if (containsAny(text, "topic." + topic.name() + ".words")) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    private Optional<String> glossaryTerm(String text) {
        List<String> terms = texts.words("glossary.terms");
        for (String term : terms) {
            if (containsAny(text, "glossary." + term + ".words")) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }
}
