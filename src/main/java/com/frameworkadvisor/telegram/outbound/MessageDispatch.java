package com.frameworkadvisor.telegram.outbound;

import com.frameworkadvisor.telegram.client.ApiFailure;
import com.frameworkadvisor.telegram.client.BotApiException;

/**
 * Carries out one outbox message in its chat through the Bot API: a new message (remembering a question's, to edit
 * it once answered), an edit of the open question, the answer to a press, a file or a picture. Failures go back to
 * the sender, which decides whether to try again.
 */
final class MessageDispatch {

    private final SenderActions actions;
    private final DeliveryRecords records;

    MessageDispatch(SenderActions actions, DeliveryRecords records) {
        this.actions = actions;
        this.records = records;
    }

    /** Sends, edits, answers or uploads, as the message says; an edit that cannot be made sends the text anew. */
    void carryOut(long chatId, OutboundMessage message, PassOutcome outcome) {
        switch (message.kind()) {
            case SEND -> actions.send(chatId, message);
            case SEND_QUESTION -> outcome.rememberQuestion(message.questionOf(chatId), chatId,
                    actions.send(chatId, message));
            case EDIT_QUESTION -> editOrSend(chatId, message, false, outcome);
            case UPDATE_QUESTION_BUTTONS -> editOrSend(chatId, message, true, outcome);
            case ANSWER_CALLBACK -> actions.answerPress(message.callbackId(), message.html());
            case SEND_DOCUMENT -> actions.sendDocument(chatId, message);
            case SEND_PHOTO -> actions.sendPhoto(chatId, message);
        }
    }

    /** Edits the open question's message; when there is none that can be edited, sends the text anew. */
    private void editOrSend(long chatId, OutboundMessage message, boolean buttonsOnly, PassOutcome outcome) {
        String conversation = message.questionOf(chatId);
        Long questionId = outcome.questionMessage(conversation).or(() -> records.questionMessage(conversation))
                .orElse(null);
        if (questionId != null) {
            try {
                if (buttonsOnly) {
                    actions.editButtons(chatId, questionId, message.buttons());
                } else {
                    actions.editText(chatId, questionId, message.html());
                }
                return;
            } catch (BotApiException e) {
                if (e.failure().kind() != ApiFailure.Kind.CANNOT_EDIT) {
                    throw e;
                }
            }
        }
        long sent = actions.send(chatId, message);
        if (buttonsOnly) {
            outcome.rememberQuestion(conversation, chatId, sent);
        }
    }
}
