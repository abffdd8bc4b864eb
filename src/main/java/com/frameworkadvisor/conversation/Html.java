package com.frameworkadvisor.conversation;

/** Escaping for the small HTML subset replies are written in; every piece of user-provided text goes through it. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String bold(String html) {
        return "<b>" + html + "</b>";
    }

    public static String italic(String html) {
        return "<i>" + html + "</i>";
    }

    /** Plain text for the terminal: tags removed, entities turned back into characters. */
    public static String toPlainText(String html) {
        return html.replaceAll("</?(b|i|code)>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
