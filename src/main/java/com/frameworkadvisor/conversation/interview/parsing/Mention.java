package com.frameworkadvisor.conversation.interview.parsing;

import java.util.List;
import java.util.Optional;

/**
 * A phrase or number found in a message.
 *
 * @param index its position among the message's mentions
 * @param from  the first token it covers
 * @param to    the token after the last one it covers
 * @param terms what it means; a phrase listed under several keys means all of them
 */
record Mention(int index, int from, int to, List<Term> terms) {

    boolean has(Group group) {
        return terms.stream().anyMatch(t -> t.group() == group);
    }

    boolean has(Cue cue) {
        return terms.contains(Term.of(cue));
    }

    Optional<Term> term(Group group) {
        return terms.stream().filter(t -> t.group() == group).findFirst();
    }

    List<Term> terms(Group group) {
        return terms.stream().filter(t -> t.group() == group).toList();
    }

    <E extends Enum<E>> Optional<E> value(Group group, Class<E> type) {
        return term(group).map(t -> t.as(type));
    }
}
