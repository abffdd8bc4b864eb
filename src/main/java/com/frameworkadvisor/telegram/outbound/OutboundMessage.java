package com.frameworkadvisor.telegram.outbound;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.telegram.ConversationKeys;
import java.util.List;

/**
 * One thing to do in a chat, as stored in the outbox.
 *
 * @param html         the text, in Telegram's HTML (already within 4,096 characters)
 * @param buttons      an inline keyboard; empty for none
 * @param callbackId   for {@link Kind#ANSWER_CALLBACK}: the press to answer
 * @param conversation the conversation it belongs to: in a group each member has one, and each its own open
 *                     question message; {@code null} in messages stored before this was kept (private chats)
 * @param document     for {@link Kind#SEND_DOCUMENT} and {@link Kind#SEND_PHOTO}: the file, {@code html} being
 *                     its caption; otherwise null
 */
record OutboundMessage(Kind kind, String html, List<List<Button>> buttons, String callbackId, String conversation,
                       Reply.Document document) {

    OutboundMessage {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    OutboundMessage(Kind kind, String html, List<List<Button>> buttons, String callbackId) {
        this(kind, html, buttons, callbackId, null, null);
    }

    OutboundMessage inConversation(String conversation) {
        return new OutboundMessage(kind, html, buttons, callbackId, conversation, document);
    }

    /** Whose open question message this message sends or edits. */
    String questionOf(long chatId) {
        return conversation != null ? conversation : ConversationKeys.ofPrivateChat(chatId);
    }

    enum Kind {
        /** A new message. */
        SEND,
        /** A new message holding the open question: its id is remembered, to edit it once answered. */
        SEND_QUESTION,
        /** The open question's message, edited to show the answer, its buttons removed. */
        EDIT_QUESTION,
        /** The open question's buttons, updated in place (a need ticked). */
        UPDATE_QUESTION_BUTTONS,
        /** The answer to a button press; Telegram expects one for every press. Not a chat message. */
        ANSWER_CALLBACK,
        /** A file with a caption (the decision record). */
        SEND_DOCUMENT,
        /** A picture with a caption (a team's chart). */
        SEND_PHOTO
    }
}
