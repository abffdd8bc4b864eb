package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.interview.QuestionSpec;
import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every word the user sees comes from the message bundle i18n/messages (English now), so a translation is one
 * file. Placeholders are {0}, {1}, ... and are replaced literally: no MessageFormat, so apostrophes need no
 * escaping. Values substituted here are not escaped; callers escape user-provided text with {@link Html}.
 */
public final class Texts {

    static final String BUNDLE = "i18n/messages";

    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A comma-separated list of words or phrases, lower-cased, as used for recognising commands and intents. */
    public List<String> words(String key) {
        return Arrays.stream(get(key).split(",")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList();
    }

    public String question(QuestionSpec spec) {
        return get("question." + spec.id() + ".text");
    }

    public String whyAsked(QuestionSpec spec) {
        return get("question." + spec.id() + ".why");
    }

    /** The short name of a question, as in "project size". */
    public String questionLabel(Question question) {
        return get("label." + question.name());
    }

    public String option(Question question, Enum<?> value) {
        return get("option." + question.name() + "." + value.name());
    }

    public String framework(Framework option) {
        return option.displayName();
    }

    /** The verdict as the user reads it: the option's name, or "a tie" when no option is ahead. */
    public String outcome(Framework verdict, Confidence confidence) {
        return confidence == Confidence.TIE ? get("outcome.tie") : framework(verdict);
    }

    public String confidence(Confidence confidence) {
        return get("confidence." + confidence.name());
    }
}
