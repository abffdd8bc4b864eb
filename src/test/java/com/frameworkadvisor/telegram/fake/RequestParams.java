package com.frameworkadvisor.telegram.fake;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Bot API request's parameters into one JSON object. The Bot API takes them as a query string, a form,
 * JSON, or multipart/form-data; the TelegramBots client sends JSON for most methods and multipart for uploads and
 * setWebhook.
 */
final class RequestParams {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*?\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME =
            Pattern.compile("(?i)content-disposition:[^\\r\\n]*?\\bfilename=\"([^\"]*)\"");

    private RequestParams() {
    }

    static ObjectNode read(String query, String contentType, byte[] body) {
        ObjectNode params = Json.object();
        addForm(params, query);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            addJson(params, new String(body, UTF_8));
        } else if (type.startsWith("multipart/form-data")) {
            addMultipart(params, contentType, body);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            addForm(params, new String(body, UTF_8));
        }
        return params;
    }

    private static void addJson(ObjectNode params, String body) {
        if (body.isBlank()) {
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("can't parse JSON");
        }
        if (!json.isObject()) {
            throw ApiError.badRequest("can't parse JSON");
        }
        params.setAll((ObjectNode) json);
    }

    private static void addForm(ObjectNode params, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
            putText(params, name, value);
        }
    }

    /** Splits the body on its boundary; bytes go through ISO-8859-1 so that offsets stay byte offsets. */
    private static void addMultipart(ObjectNode params, String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw ApiError.badRequest("can't parse multipart/form-data: no boundary");
        }
        String delimiter = "--" + boundary.group(1);
        String raw = new String(body, ISO_8859_1);
        for (String part : raw.split(Pattern.quote(delimiter))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            Matcher name = PART_NAME.matcher(headers);
            if (!name.find()) {
                continue;
            }
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher fileName = FILE_NAME.matcher(headers);
            if (fileName.find()) {
                // The content is kept as text too, so a test can read the document a bot sent, and as Base64, so
                // it can look at a picture.
                byte[] bytes = content.getBytes(ISO_8859_1);
                params.putObject(name.group(1)).put("file_name", fileName.group(1)).put("size", bytes.length)
                        .put("text", new String(bytes, UTF_8))
                        .put("base64", java.util.Base64.getEncoder().encodeToString(bytes));
            } else {
                putText(params, name.group(1), new String(content.getBytes(ISO_8859_1), UTF_8));
            }
        }
    }

    /** Objects and arrays arrive as JSON text in forms; they are kept as JSON so tests can look inside. */
    private static void putText(ObjectNode params, String name, String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                params.set(name, Json.parse(trimmed));
                return;
            } catch (IllegalArgumentException notJson) {
                // plain text that happens to start with a bracket
            }
        }
        params.put(name, value);
    }
}
