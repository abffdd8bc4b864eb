package com.frameworkadvisor.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One request the bot made and how the fake answered it.
 *
 * @param method the Bot API method in its documented spelling ({@code sendMessage}), whatever case the client used
 * @param params the request's parameters as one JSON object, whether they came as JSON, multipart or form fields
 *               (multipart parts holding JSON are parsed; a file part becomes {@code {"file_name":..,"size":..,
 *               "text":..}})
 * @param at     when the request arrived (the list in {@link FakeBotApi#calls()} is in the order answers were sent,
 *               so a long poll appears when it returned)
 * @param status the HTTP status of the answer; 0 when the connection was dropped without one
 */
public record ApiCall(String method, JsonNode params, Instant at, int status) {

    /** The parameter as text (JSON for objects and arrays), or null when the bot did not send it. */
    public String param(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    public boolean succeeded() {
        return status == 200;
    }
}
