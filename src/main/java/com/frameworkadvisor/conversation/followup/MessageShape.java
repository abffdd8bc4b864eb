package com.frameworkadvisor.conversation.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a message is put, whatever it is about: as a question or a statement, as a hypothesis, about the writer's
 * own project. What a reading of its meaning cannot tell, and what decides between a question and a correction.
 */
public final class MessageShape {

    /** A message put as a question: a question word or verb first, or a question mark last. */
    private static final Pattern QUESTION = Pattern.compile("(?is)^\\s*(what|why|who|whom|whose|how|which|"
            + "where|when|is|are|does|do|did|can|could|would|should|will|if|suppose|imagine|assume|and if)\\b.*"
            + "|.*\\?\\s*$");
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "^(what if|what would|suppose|supposing|imagine|assume|assuming|say|if|would|and if|and with|in case)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|me|my|we|our|ours|us)\\b");
    private static final String CLAUSE_BREAK = "[,;:.!]";

    private MessageShape() {
    }

    /** Whether the message is put as a question ("is it fast?", "what about login"), not as a statement. */
    public static boolean isQuestion(String message) {
        return QUESTION.matcher(message).matches();
    }

    /** "We need an admin, which is better": a statement that asks in one of its clauses. */
    static boolean asksInAnyClause(String message) {
        return Arrays.stream(message.split(CLAUSE_BREAK)).anyMatch(MessageShape::isQuestion);
    }

    /** "What if ..." or "suppose ...": never a correction, however much it sounds like one. */
    public static boolean isHypothetical(String message) {
        return HYPOTHETICAL.matcher(normalise(message)).find();
    }

    /** "We", "our", "I", "me": the writer speaks of their own team or project. */
    static boolean speaksOfOurselves(String message) {
        return FIRST_PERSON.matcher(message).find();
    }

    /** The message's words, lower-case, separated by single spaces; apostrophes and hyphens kept. */
    static String normalise(String message) {
        String lower = message.toLowerCase(Locale.ROOT).replace('’', '\'');
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '\'' || c == '-' ? c : ' ');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
