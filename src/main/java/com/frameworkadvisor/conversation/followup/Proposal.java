package com.frameworkadvisor.conversation.followup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a what-if or a correction that states the new values. "If the deadline moved from four weeks to
 * three months" proposes three months: four weeks is what it was. "Three months instead of four weeks" and
 * "not four weeks but three months" say the same.
 */
public final class Proposal {

    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\b.+?\\bto\\b(.+)");
    private static final Pattern INSTEAD_OF = Pattern.compile("(?i)(.+?)\\b(?:instead of|rather than)\\b.+");
    private static final Pattern NOT_BUT = Pattern.compile("(?i)\\bnot\\b.+?\\bbut\\b(.+)");

    private Proposal() {
    }

    /** The text with the old values taken out, or the text itself when it names none. */
    public static String newValues(String text) {
        for (Pattern pattern : new Pattern[] {FROM_TO, NOT_BUT, INSTEAD_OF}) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String kept = m.group(1).strip();
                if (!kept.isEmpty()) {
                    return pattern == INSTEAD_OF ? kept : text.substring(0, m.start()) + " " + kept;
                }
            }
        }
        return text;
    }
}
