package com.frameworkadvisor.telegram.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP request to the fake: {@code /bot<token>/<method>} (or {@code /bot<token>/test/<method>}, the test
 * environment's path). Checks the token, applies a scheduled fault or runs the method, and logs the call.
 */
final class BotApiHandler implements HttpHandler {

    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/(?:test/)?([^/]+)/?");
    private static final byte[] CUT_OFF_BODY = "{\"ok\":".getBytes(UTF_8);

    private final String token;
    private final BotMethods methods;
    private final UpdateQueue updates;
    private final Faults faults;
    private final CallLog calls;
    private int active;
    private volatile boolean tokenRevoked;

    BotApiHandler(String token, BotMethods methods, UpdateQueue updates, Faults faults, CallLog calls) {
        this.token = token;
        this.methods = methods;
        this.updates = updates;
        this.faults = faults;
        this.calls = calls;
    }

    void revokeToken() {
        tokenRevoked = true;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Instant at = Instant.now();
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        boolean botPath = path.matches();
        String method = botPath ? BotMethods.canonical(path.group(2)) : exchange.getRequestURI().getPath();
        ObjectNode params = Json.object();
        started();
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Answer answer = serve(exchange, botPath ? path.group(1) : null, method, params, body);
            // Recorded before the answer goes out: a test that reads the calls once its client has the answer
            // must find this one among them.
            calls.add(new ApiCall(method, params, at, answer.status()));
            answer.writeTo(exchange);
            exchange.close();
        } catch (IOException | InterruptedException stopped) {
            // the client went away or the fake is closing; nobody is waiting for this answer
            exchange.close();
        } finally {
            finished();
        }
    }

    /** Waits for requests being answered to finish, so that closing the server does not cut them off. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (active > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private synchronized void started() {
        active++;
    }

    private synchronized void finished() {
        active--;
        notifyAll();
    }

    /** The answer to the request, not sent yet. */
    private Answer serve(HttpExchange exchange, String requestToken, String method, ObjectNode params, byte[] body)
            throws InterruptedException {
        try {
            if (requestToken == null) {
                throw ApiError.notFound();
            }
            params.setAll(RequestParams.read(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            // TelegramBots' JSON repeats the method ("method":"sendmessage", the webhook-reply format); Telegram
            // ignores it, and so do the recorded parameters.
            if (params.path("method").asText().equalsIgnoreCase(method)) {
                params.remove("method");
            }
            if (method.equals(BotMethods.GET_UPDATES)) {
                updates.countRequest(Json.longOrNull(params, "offset"));
            }
            if (tokenRevoked || !token.equals(requestToken)) {
                throw ApiError.unauthorized();
            }
            Optional<Faults.Fault> fault = faults.next(method);
            if (fault.isPresent()) {
                return inject(fault.get());
            }
            JsonNode result = methods.invoke(method, params);
            ObjectNode ok = Json.object().put("ok", true);
            ok.set("result", result);
            return new Answer(200, "application/json", Json.write(ok));
        } catch (ApiError error) {
            return new Answer(error.code(), "application/json", Json.write(errorBody(error)));
        }
    }

    private static Answer inject(Faults.Fault fault) {
        if (fault instanceof Faults.Fail fail) {
            throw fail.error();
        }
        if (fault instanceof Faults.Raw raw) {
            return new Answer(raw.status(), raw.contentType(), raw.body());
        }
        return Answer.CUT_OFF;
    }

    /** @param status the HTTP status; 0 for a connection broken off instead of answered */
    private record Answer(int status, String contentType, String body) {

        static final Answer CUT_OFF = new Answer(0, null, null);

        void writeTo(HttpExchange exchange) {
            if (status == 0) {
                cutOff(exchange);
            }
            send(exchange, status, contentType, body);
        }
    }

    /**
     * Starts an answer and breaks the connection in the middle of it. Closing before any answer is not enough:
     * OkHttp quietly sends the request again when a pooled connection closes that way, and the bot would never see
     * the failure. A body cut short fails the call whatever connection it used. The server closes the connection
     * when a handler throws, which is how it is broken here.
     */
    private static void cutOff(HttpExchange exchange) {
        try {
            exchange.sendResponseHeaders(200, CUT_OFF_BODY.length * 2L);
            exchange.getResponseBody().write(CUT_OFF_BODY);
            exchange.getResponseBody().flush();
        } catch (IOException alreadyBroken) {
            // as intended
        }
        throw new ConnectionCut();
    }

    /** Thrown out of the handler so that the server closes the connection without finishing the answer. */
    private static final class ConnectionCut extends RuntimeException {
        ConnectionCut() {
            super("connection cut on purpose", null, false, false);
        }
    }

    private static ObjectNode errorBody(ApiError error) {
        ObjectNode body = Json.object().put("ok", false).put("error_code", error.code())
                .put("description", error.description());
        if (error.retryAfter() != null) {
            body.putObject("parameters").put("retry_after", error.retryAfter());
        }
        return body;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) {
        byte[] bytes = body.getBytes(UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the answer was given; that the client no longer reads it is the client's business
        }
    }
}
