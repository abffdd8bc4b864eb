package com.frameworkadvisor.conversation.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.Locale;

/**
 * One interview question as data (rules/questions.json). Its wording, the reason it is asked and the option
 * labels live in the message bundle under {@code question.<id>.*}, so a translation is one file.
 *
 * @param id       short stable id, used in button data and message keys
 * @param sets     the profile answer it fills
 * @param multiple whether several options may be chosen (toggles and a Done button)
 * @param askWhen  {@link AskWhen#ALWAYS} for the core questions; {@link AskWhen#WHILE_IT_MATTERS} for questions
 *                 that are skipped once no answer to them could move the recommendation
 * @param options  the answers offered, in display order: constants of the question's enum
 */
public record QuestionSpec(String id, Question sets, boolean multiple, AskWhen askWhen, List<String> options) {

    public QuestionSpec {
        options = List.copyOf(options);
    }

    public Enum<?> option(String name) {
        for (Enum<?> value : sets.options()) {
            if (value.name().equals(name) && options.contains(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException(name + " is not an option of question " + id);
    }

    public List<Enum<?>> optionValues() {
        return options.stream().<Enum<?>>map(this::option).toList();
    }

    public enum AskWhen {
        ALWAYS,
        WHILE_IT_MATTERS;

        /** Reads "always" and "while-it-matters" as written in questions.json. */
        @JsonCreator
        public static AskWhen of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
