package com.frameworkadvisor.telegram.client;

import java.time.Duration;

/**
 * A failed Bot API call, classified once so every caller reacts the same way.
 *
 * @param kind       what went wrong
 * @param retryAfter how long Telegram asked us to wait (429), else zero
 * @param detail     a description safe to log: it never contains the token
 */
public record ApiFailure(Kind kind, Duration retryAfter, String detail) {

    public enum Kind {
        /** 429: wait {@code retryAfter}, then send again. */
        RATE_LIMITED,
        /** 5xx or a network error: retry with backoff. */
        TRANSIENT,
        /** 403: the user blocked the bot or left; stop sending to that chat. */
        BLOCKED,
        /** 400 "message is not modified": the edit is already in place, which is fine. */
        NOT_MODIFIED,
        /** 400 "message to edit not found" or too old to edit: send a new message instead. */
        CANNOT_EDIT,
        /** 409: another instance is polling, or a webhook is set. */
        CONFLICT,
        /** 401: the token is wrong. */
        UNAUTHORIZED,
        /** Any other 4xx: retrying will not help. */
        REJECTED
    }
}
