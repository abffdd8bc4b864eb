package com.frameworkadvisor.conversation.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A what-if or a correction proposes the value it moves to, not the one it moves from. */
class ProposalTests {

    @Test
    void shouldKeepTheValueAChangeMovesTo() {
        assertThat(Proposal.newValues("what if the deadline moved from four weeks to three months"))
                .contains("three months").doesNotContain("four weeks");
        assertThat(Proposal.newValues("three months instead of four weeks")).isEqualTo("three months");
        assertThat(Proposal.newValues("it's not a blog but a shop")).contains("a shop").doesNotContain("blog");
    }

    @Test
    void shouldLeaveATextThatNamesNoOldValueAlone() {
        assertThat(Proposal.newValues("what if the team grows to 20?")).isEqualTo("what if the team grows to 20?");
    }
}
