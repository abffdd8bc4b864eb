package com.frameworkadvisor.team;

import com.frameworkadvisor.knowledge.profile.Profile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A team decision as stored: the group it is made in, who opened it, whether it is still open, whether its result
 * has been shown to the group, and its members in the order they joined.
 */
public record Team(String code, long groupChatId, String groupTitle, String openedBy, Instant openedAt,
                   Instant closedAt, boolean resultShown, List<Member> members) {

    public Team {
        members = List.copyOf(members);
    }

    /** A member and, once they reached a result in their own chat, what they answered. */
    public record Member(long userId, String name, Profile answers) {

        boolean hasAnswered() {
            return answers != null;
        }
    }

    Optional<Member> member(long userId) {
        return members.stream().filter(m -> m.userId() == userId).findFirst();
    }

    boolean isOpen() {
        return closedAt == null;
    }

    List<Member> answered() {
        return members.stream().filter(Member::hasAnswered).toList();
    }

    List<Member> waiting() {
        return members.stream().filter(m -> !m.hasAnswered()).toList();
    }

    List<MemberAnswers> answers() {
        return answered().stream().map(m -> new MemberAnswers(m.userId(), m.name(), m.answers())).toList();
    }

    boolean everyoneAnswered() {
        return !members.isEmpty() && waiting().isEmpty();
    }
}
