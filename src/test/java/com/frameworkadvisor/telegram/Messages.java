package com.frameworkadvisor.telegram;

import com.frameworkadvisor.conversation.Texts;
import java.util.Locale;

/** The bot's texts looked up by key, so that these tests follow the message bundle rather than copies of it. */
final class Messages {

    static final Texts TEXTS = new Texts(Locale.ENGLISH);
    static final String FIRST_QUESTION = TEXTS.get("question.kind.text");
    static final String SIZE_QUESTION = TEXTS.get("question.size.text");
    static final String NEEDS_QUESTION = TEXTS.get("question.needs.text");

    /** How the decision record's caption begins, whatever the verdict. */
    static final String DECISION_RECORD = opening("record.caption");

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        return TEXTS.get(key, arguments);
    }

    /** A message's words before its first argument, as the chat shows them: what every variant starts with. */
    static String opening(String key) {
        String marker = "\u0001";
        String filled = TEXTS.get(key, marker, marker, marker, marker).replaceAll("<[^>]+>", "");
        return filled.substring(0, filled.indexOf(marker));
    }
}
