package com.frameworkadvisor.conversation.present;

import java.util.List;

/**
 * What a decision record made by several people adds: its status, who decided, and sections of its own after the
 * decision drivers (a team's record: each member's verdict, the answers they disputed).
 *
 * @param sections Markdown, each section starting with a "## " heading; empty for none
 */
public record RecordExtras(String status, List<String> decisionMakers, String sections) {

    static final RecordExtras NONE = new RecordExtras("proposed", List.of(), "");

    public RecordExtras {
        decisionMakers = List.copyOf(decisionMakers);
    }
}
