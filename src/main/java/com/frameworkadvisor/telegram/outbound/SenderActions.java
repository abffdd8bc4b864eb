package com.frameworkadvisor.telegram.outbound;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.telegram.client.BotApi;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * What the sender asks of the Bot API, as calls: send a message or a document, edit a message's text or its
 * buttons, answer a button press. Messages are Telegram HTML without link previews (the sources' links would each add a large preview).
 * Each throws {@link com.frameworkadvisor.telegram.client.BotApiException} as the API fails.
 */
final class SenderActions {

    private final BotApi api;

    SenderActions(BotApi api) {
        this.api = api;
    }

    /** @return the new message's id */
    long send(long chatId, OutboundMessage message) {
        return api.call(SendMessage.builder().chatId(chatId).text(message.html()).parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(message.buttons().isEmpty() ? null : keyboard(message.buttons())).build()).getMessageId();
    }

    /** The message's document as a file, its text as the caption. */
    void sendDocument(long chatId, OutboundMessage message) {
        api.sendDocument(SendDocument.builder().chatId(chatId).document(file(message))
                .caption(message.html()).parseMode(ParseMode.HTML).build());
    }

    /** The message's picture as a photo, its text as the caption. */
    void sendPhoto(long chatId, OutboundMessage message) {
        api.sendPhoto(SendPhoto.builder().chatId(chatId).photo(file(message))
                .caption(message.html()).parseMode(ParseMode.HTML).build());
    }

    private static InputFile file(OutboundMessage message) {
        return new InputFile(new ByteArrayInputStream(message.document().data()), message.document().fileName());
    }

    void editText(long chatId, long messageId, String html) {
        api.call(EditMessageText.builder().chatId(chatId).messageId(Math.toIntExact(messageId)).text(html)
                .parseMode(ParseMode.HTML).build());
    }

    void editButtons(long chatId, long messageId, List<List<Button>> buttons) {
        api.call(EditMessageReplyMarkup.builder().chatId(chatId).messageId(Math.toIntExact(messageId))
                .replyMarkup(keyboard(buttons)).build());
    }

    void answerPress(String callbackId, String text) {
        api.call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
    }

    String redact(String text) {
        return api.redact(text);
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> b.url() != null ? InlineKeyboardButton.builder().text(b.label()).url(b.url()).build()
                                : InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                        .toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }
}
