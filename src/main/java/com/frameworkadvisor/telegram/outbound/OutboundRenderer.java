package com.frameworkadvisor.telegram.outbound;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the conversation's replies into Telegram actions: a press is always answered first (with the notice as
 * its toast, if there is one), questions are sent so they can be edited later, answered questions are edited in
 * place, long messages are split with their buttons under the last part, a file goes as a document and a picture
 * as a photo.
 */
public final class OutboundRenderer {

    /** @param conversation the conversation the replies belong to, whose question messages they send and edit */
    public List<OutboundMessage> render(List<Reply> replies, String callbackId, String conversation) {
        List<OutboundMessage> out = new ArrayList<>();
        for (OutboundMessage message : actions(replies, callbackId)) {
            out.add(message.inConversation(conversation));
        }
        return out;
    }

    private static List<OutboundMessage> actions(List<Reply> replies, String callbackId) {
        List<OutboundMessage> out = new ArrayList<>();
        if (callbackId != null) {
            String toast = replies.stream().filter(r -> r.kind() == Reply.Kind.NOTICE).map(Reply::html)
                    .map(Html::toPlainText).findFirst().orElse(null);
            out.add(new OutboundMessage(OutboundMessage.Kind.ANSWER_CALLBACK, toast, List.of(), callbackId));
        }
        for (Reply reply : replies) {
            switch (reply.kind()) {
                case NOTICE -> {
                    if (callbackId == null) {
                        out.add(new OutboundMessage(OutboundMessage.Kind.SEND, reply.html(), List.of(), null));
                    }
                }
                case ANSWERED -> out.add(new OutboundMessage(OutboundMessage.Kind.EDIT_QUESTION, reply.html(),
                        List.of(), null));
                case UPDATED_QUESTION -> out.add(new OutboundMessage(OutboundMessage.Kind.UPDATE_QUESTION_BUTTONS,
                        reply.html(), reply.buttons(), null));
                case QUESTION -> addSplit(out, reply, OutboundMessage.Kind.SEND_QUESTION);
                case MESSAGE -> addSplit(out, reply, OutboundMessage.Kind.SEND);
                case DOCUMENT -> out.add(new OutboundMessage(OutboundMessage.Kind.SEND_DOCUMENT, reply.html(),
                        List.of(), null, null, reply.document()));
                case PICTURE -> out.add(new OutboundMessage(OutboundMessage.Kind.SEND_PHOTO, reply.html(),
                        List.of(), null, null, reply.document()));
            }
        }
        return out;
    }

    private static void addSplit(List<OutboundMessage> out, Reply reply, OutboundMessage.Kind kind) {
        List<String> parts = MessageSplitter.split(reply.html());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            out.add(new OutboundMessage(last ? kind : OutboundMessage.Kind.SEND, parts.get(i),
                    last ? reply.buttons() : List.of(), null));
        }
    }
}
