package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.Button;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data behind a button, written as {@code verb:argument:turn} and validated on the way back: Telegram limits
 * it to 64 bytes, and a user (or anyone) can send any data, so nothing is trusted until it parses.
 * Buttons tied to a question carry the turn in which it was asked; once another question is open they expire.
 */
public record ButtonData(Verb verb, String argument, int turn) {

    static final int MAX_BYTES = 64;
    private static final Pattern FORMAT = Pattern.compile("([a-z]):([A-Za-z0-9_-]{0,40}):(\\d{1,9})?");

    public ButtonData {
        if (!encodeUnchecked(verb, argument, turn).matches(FORMAT.pattern())) {
            throw new IllegalArgumentException("bad button argument: " + argument);
        }
    }

    public String encode() {
        return encodeUnchecked(verb, argument, turn);
    }

    private static String encodeUnchecked(Verb verb, String argument, int turn) {
        return verb.code + ":" + argument + ":" + (verb.boundToQuestion ? String.valueOf(turn) : "");
    }

    public static Optional<ButtonData> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(data);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Verb> verb = Verb.of(m.group(1).charAt(0));
        if (verb.isEmpty() || verb.get().boundToQuestion == (m.group(3) == null)) {
            return Optional.empty();
        }
        return Optional.of(new ButtonData(verb.get(), m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    public static Button button(String label, Verb verb, String argument, int turn) {
        return new Button(label, new ButtonData(verb, argument, turn).encode());
    }

    public enum Verb {
        /** Choose an option of the open single-choice question; argument: the option. */
        ANSWER('a', true),
        /** Tick or untick a need; argument: the need. */
        TOGGLE('t', true),
        /** Finish the multiple-choice question. */
        DONE('d', true),
        /** Show another page of the open question's options; argument: the page, from 0. */
        MORE('m', true),
        SKIP('s', true),
        DONT_KNOW('k', true),
        BACK('b', true),
        WHY_ASKED('w', true),
        /** Change the answer to a question; argument: the question id. */
        EDIT('e', false),
        /** Show the list of answers that can be changed. */
        CHANGE('c', false),
        /** Go on with the questions after an early stop. */
        CONTINUE('n', false),
        SUMMARY('y', false),
        WHY('h', false),
        RESTART('r', false),
        /** Go ahead with, or keep from, deleting the answers; argument: the command (or "keep") and its turn. */
        CONFIRM('x', false),
        /** Bring back the answers just deleted. */
        UNDO('u', false),
        /** Undo one answer a message gave in passing; argument: the question, the answer and the one before. */
        UNDO_TAKEN('o', false),
        /** Ask a follow-up offered as a button ("did you mean ...?"); argument: the intent's code. */
        ASK('q', false),
        /** Show the result on the answers so far, leaving the open question and the rest unanswered. */
        RESULT_NOW('p', true);

        private final char code;
        private final boolean boundToQuestion;

        Verb(char code, boolean boundToQuestion) {
            this.code = code;
            this.boundToQuestion = boundToQuestion;
        }

        public boolean boundToQuestion() {
            return boundToQuestion;
        }

        static Optional<Verb> of(char code) {
            for (Verb verb : values()) {
                if (verb.code == code) {
                    return Optional.of(verb);
                }
            }
            return Optional.empty();
        }
    }
}
