package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Reply;

/**
 * A reply from the team decision and where it goes: to the group the decision is made in, or to one member in
 * private (where they answer).
 *
 * @param id the group's chat id, or the member's user id
 */
public record TeamMessage(Recipient recipient, long id, Reply reply) {

    public enum Recipient { GROUP, MEMBER }

    static TeamMessage toGroup(Team team, Reply reply) {
        return new TeamMessage(Recipient.GROUP, team.groupChatId(), reply);
    }

    static TeamMessage toMember(long userId, Reply reply) {
        return new TeamMessage(Recipient.MEMBER, userId, reply);
    }
}
