package com.frameworkadvisor.conversation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One message to the user. The text is a small, safe subset of HTML (&lt;b&gt;, &lt;i&gt;, &lt;code&gt;) in which
 * every piece of user-provided text has been escaped; the terminal strips the tags, Telegram sends it as is.
 *
 * @param kind     {@link Kind#ANSWERED} replaces the question it answers (Telegram edits that message in place)
 * @param buttons  rows of buttons; empty for none
 * @param document for {@link Kind#DOCUMENT} and {@link Kind#PICTURE}: the file, with {@code html} as its caption;
 *                 otherwise null
 */
public record Reply(Kind kind, String html, List<List<Button>> buttons, Document document) {

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public Reply(Kind kind, String html, List<List<Button>> buttons) {
        this(kind, html, buttons, null);
    }

    /** A file to keep (the decision record), with a short caption. */
    public static Reply document(String caption, Document document) {
        return new Reply(Kind.DOCUMENT, caption, List.of(), document);
    }

    /** A picture (a chart), with a short caption. */
    public static Reply picture(String caption, String fileName, byte[] png) {
        return new Reply(Kind.PICTURE, caption, List.of(), new Document(fileName, null, png));
    }

    public static Reply message(String html) {
        return new Reply(Kind.MESSAGE, html, List.of());
    }

    public static Reply withButtons(String html, List<List<Button>> buttons) {
        return new Reply(Kind.MESSAGE, html, buttons);
    }

    public static Reply question(String html, List<List<Button>> buttons) {
        return new Reply(Kind.QUESTION, html, buttons);
    }

    public static Reply updatedQuestion(String html, List<List<Button>> buttons) {
        return new Reply(Kind.UPDATED_QUESTION, html, buttons);
    }

    /** A short notice, such as "this button has expired"; Telegram shows it as the pressed button's toast. */
    public static Reply notice(String html) {
        return new Reply(Kind.NOTICE, html, List.of());
    }

    public static Reply answered(String html) {
        return new Reply(Kind.ANSWERED, html, List.of());
    }

    public enum Kind {
        MESSAGE,
        /** A question with its answer buttons. */
        QUESTION,
        /** The open question again with its buttons updated (a need ticked); replaces the question message. */
        UPDATED_QUESTION,
        /** The question just answered, now showing the answer; replaces the question message. */
        ANSWERED,
        /** A short notice about the last button press. */
        NOTICE,
        /** A file: Telegram sends it as a document, the terminal writes it and says where. */
        DOCUMENT,
        /** A picture: Telegram sends it as a photo (only team decisions, which only Telegram has, draw one). */
        PICTURE
    }

    /**
     * A file: its name and its content, text or (for a picture) bytes.
     *
     * @param content the text of a text file; {@code null} for a binary one
     * @param bytes   the bytes of a binary file; {@code null} for a text one
     */
    public record Document(String fileName, String content, byte[] bytes) {

        public Document(String fileName, String content) {
            this(fileName, content, null);
        }

        /** What to upload: the bytes, or the text in UTF-8. */
        public byte[] data() {
            return bytes != null ? bytes.clone() : content.getBytes(StandardCharsets.UTF_8);
        }
    }
}
