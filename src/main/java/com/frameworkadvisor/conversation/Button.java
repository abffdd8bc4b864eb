package com.frameworkadvisor.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * A button under a reply: the label shown and the data sent back when pressed (at most 64 bytes), or, for a link,
 * the address it opens instead (then {@code data} is {@code null}).
 */
public record Button(String label, String data, String url) {

    public Button(String label, String data) {
        this(label, data, null);
    }

    /** A button that opens an address (a deep link into a private chat with the bot) rather than sending data. */
    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }

    /** The buttons laid out in rows of {@code perRow}, in order; the last row may be shorter. */
    public static List<List<Button>> inRows(List<Button> buttons, int perRow) {
        List<List<Button>> rows = new ArrayList<>();
        for (int start = 0; start < buttons.size(); start += perRow) {
            rows.add(List.copyOf(buttons.subList(start, Math.min(buttons.size(), start + perRow))));
        }
        return rows;
    }
}
