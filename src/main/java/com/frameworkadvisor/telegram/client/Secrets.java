package com.frameworkadvisor.telegram.client;

import java.util.regex.Pattern;

/** Keeps bot tokens out of anything that is logged or shown. */
public final class Secrets {

    /** The shape of a bot token ("123456789:AA..."), to catch one that reached a text by another route. */
    public static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{20,}");
    static final String REDACTED = "<redacted>";

    private Secrets() {
    }

    public static String redact(String text, String token) {
        if (text == null) {
            return null;
        }
        String scrubbed = token == null || token.isBlank() ? text : text.replace(token, REDACTED);
        return TOKEN_SHAPE.matcher(scrubbed).replaceAll(REDACTED);
    }
}
