package com.frameworkadvisor.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Bot API methods the fake implements, each answering what Telegram would for the same state. */
final class BotMethods {

    static final String GET_UPDATES = "getUpdates";
    static final String ANSWER_CALLBACK_QUERY = "answerCallbackQuery";
    private static final String ATTACH = "attach://";

    /** The client spells some paths in lower case ("sendmessage"); Telegram matches method names in any case. */
    private static final Map<String, String> CANONICAL = Stream.of("getMe", GET_UPDATES, "sendMessage",
                    "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup", "deleteMessage", ANSWER_CALLBACK_QUERY,
                    "setMyCommands", "deleteMyCommands", "sendChatAction", "setWebhook", "deleteWebhook",
                    "getWebhookInfo")
            .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), Function.identity()));

    private final UpdateQueue updates;
    private final Chats chats;
    private volatile String webhookUrl = "";

    BotMethods(UpdateQueue updates, Chats chats) {
        this.updates = updates;
        this.chats = chats;
    }

    static String canonical(String method) {
        return CANONICAL.getOrDefault(method.toLowerCase(Locale.ROOT), method);
    }

    JsonNode invoke(String method, ObjectNode params) throws InterruptedException {
        return switch (method) {
            case "getMe" -> TelegramObjects.bot();
            case GET_UPDATES -> getUpdates(params);
            case "sendMessage" -> sendMessage(params);
            case "sendDocument" -> sendFile(params, "document");
            case "sendPhoto" -> sendFile(params, "photo");
            case "editMessageText" -> editMessageText(params);
            case "editMessageReplyMarkup" -> editMessageReplyMarkup(params);
            case "deleteMessage" -> deleteMessage(params);
            case ANSWER_CALLBACK_QUERY -> answerCallbackQuery(params);
            case "setMyCommands", "deleteMyCommands", "sendChatAction" -> BooleanNode.TRUE;
            case "setWebhook" -> setWebhook(params);
            case "deleteWebhook" -> deleteWebhook(params);
            case "getWebhookInfo" -> Json.object().put("url", webhookUrl).put("has_custom_certificate", false)
                    .put("pending_update_count", updates.pendingCount());
            default -> throw ApiError.notFound();
        };
    }

    private JsonNode getUpdates(ObjectNode params) throws InterruptedException {
        if (!webhookUrl.isEmpty()) {
            throw ApiError.conflict("can't use getUpdates method while webhook is active;"
                    + " use deleteWebhook to delete the webhook first");
        }
        Long limit = Json.longOrNull(params, "limit");
        Long timeout = Json.longOrNull(params, "timeout");
        List<ObjectNode> answer = updates.poll(Json.longOrNull(params, "offset"),
                limit == null ? null : limit.intValue(), timeout == null ? null : timeout.intValue(),
                allowedUpdates(params.get("allowed_updates")));
        ArrayNode result = Json.MAPPER.createArrayNode();
        answer.forEach(result::add);
        return result;
    }

    private JsonNode sendMessage(ObjectNode params) {
        long chatId = chatId(params);
        MessageText text = MessageText.parse(Json.textOrNull(params, "text"), Json.textOrNull(params, "parse_mode"));
        InlineKeyboard keyboard = InlineKeyboard.of(params.get("reply_markup"));
        return TelegramObjects.botMessage(chats.send(chatId, text, keyboard), chats.type(chatId));
    }

    /**
     * A file (a document or a photo) with a caption: the chat shows the caption; the file's name and size are in the
     * call's parameters. An upload is either the file part itself or, as TelegramBots sends it, "attach://name"
     * naming another part; the call's {@code field} ("document", "photo") is made the file either way.
     */
    private JsonNode sendFile(ObjectNode params, String field) {
        long chatId = chatId(params);
        JsonNode file = params.path(field);
        if (file.isTextual() && file.asText().startsWith(ATTACH)) {
            file = params.path(file.asText().substring(ATTACH.length()));
        }
        if (!file.has("file_name")) {
            throw ApiError.badRequest("there is no " + field + " in the request");
        }
        params.set(field, file);
        MessageText caption = MessageText.parse(Json.textOrNull(params, "caption"),
                Json.textOrNull(params, "parse_mode"));
        return TelegramObjects.botMessage(chats.send(chatId, caption, InlineKeyboard.of(null)), chats.type(chatId));
    }

    /** Without reply_markup the edit removes the keyboard, as in Telegram. */
    private JsonNode editMessageText(ObjectNode params) {
        long chatId = chatId(params);
        MessageText text = MessageText.parse(Json.textOrNull(params, "text"), Json.textOrNull(params, "parse_mode"));
        InlineKeyboard keyboard = InlineKeyboard.of(params.get("reply_markup"));
        return TelegramObjects.botMessage(chats.edit(chatId, messageId(params), text, keyboard), chats.type(chatId));
    }

    private JsonNode editMessageReplyMarkup(ObjectNode params) {
        long chatId = chatId(params);
        InlineKeyboard keyboard = InlineKeyboard.of(params.get("reply_markup"));
        return TelegramObjects.botMessage(chats.edit(chatId, messageId(params), null, keyboard), chats.type(chatId));
    }

    private JsonNode deleteMessage(ObjectNode params) {
        chats.delete(chatId(params), messageId(params));
        return BooleanNode.TRUE;
    }

    private JsonNode answerCallbackQuery(ObjectNode params) {
        String id = Json.textOrNull(params, "callback_query_id");
        if (id == null || !updates.knowsCallbackQuery(id)) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        return BooleanNode.TRUE;
    }

    private JsonNode setWebhook(ObjectNode params) {
        String url = Json.textOrNull(params, "url");
        webhookUrl = url == null ? "" : url;
        return BooleanNode.TRUE;
    }

    private JsonNode deleteWebhook(ObjectNode params) {
        webhookUrl = "";
        JsonNode drop = params.get("drop_pending_updates");
        if (drop != null && drop.asBoolean()) {
            updates.dropPending();
        }
        return BooleanNode.TRUE;
    }

    private static long chatId(ObjectNode params) {
        JsonNode chatId = params.get("chat_id");
        if (chatId == null || chatId.isNull()) {
            if (params.hasNonNull("inline_message_id")) {
                throw ApiError.badRequest("inline messages are not supported by the fake");
            }
            throw ApiError.badRequest("chat_id is empty");
        }
        if (chatId.isTextual() && chatId.asText().startsWith("@")) {
            throw ApiError.badRequest("chat not found");
        }
        return Json.longOrNull(params, "chat_id");
    }

    private static long messageId(ObjectNode params) {
        Long messageId = Json.longOrNull(params, "message_id");
        if (messageId == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return messageId;
    }

    /** Null when the call does not say, which keeps the previous setting, as in Telegram. */
    private static List<String> allowedUpdates(JsonNode allowed) {
        if (allowed == null || allowed.isNull()) {
            return null;
        }
        List<String> types = new ArrayList<>();
        allowed.forEach(type -> types.add(type.asText()));
        return types;
    }
}
