package com.frameworkadvisor.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts updates to a running instance's webhook, as Telegram would. */
final class WebhookUpdates {

    static final String SECRET = "test_webhook-Secret_123";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebhookUpdates() {
    }

    static String text(long updateId, long chatId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 1_000_000) + ","
                + "\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":"
                + chatId + ",\"is_bot\":false,\"first_name\":\"U\"},\"text\":\"" + text.replace("\"", "\\\"") + "\"}}";
    }

    /** A command or a reply written by a user in a group. */
    static String groupText(long updateId, long groupId, long userId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 1_000_000) + ","
                + "\"date\":1700000000,\"chat\":{\"id\":" + groupId + ",\"type\":\"group\",\"title\":\"Team\"},"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"U" + userId + "\"},"
                + "\"text\":\"" + text + "\",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":"
                + text.split(" ")[0].length() + "}]}}";
    }

    static int post(int port, String secret, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int port(BotHarness bot) {
        return Integer.parseInt(bot.context.getEnvironment().getProperty("local.server.port"));
    }
}
