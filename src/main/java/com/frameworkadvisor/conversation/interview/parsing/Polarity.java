package com.frameworkadvisor.conversation.interview.parsing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which mentions the message negates ("no admin needed", "we don't need user accounts or an admin") and which it
 * hedges ("not sure if we need an admin"). Each pass walks the mentions once, so the cost stays linear.
 * <p>
 * A negation reaches forward (or, for "... not needed", backward) across at most {@link #REACH} tokens, stays in
 * its clause, and chains through a list of negatable things. A word of wanting ends the chain once it has negated
 * something: "no admin and we need a login" keeps the login.
 */
final class Polarity {

    private static final int REACH = 3;
    private static final List<Group> NEGATABLE = List.of(Group.NEED, Group.KIND, Group.GOAL, Group.EXPERIENCE);

    private final Set<Integer> negated;
    private final Set<Integer> hedged;

    private Polarity(Set<Integer> negated, Set<Integer> hedged) {
        this.negated = negated;
        this.hedged = hedged;
    }

    static Polarity of(Layout layout) {
        Set<Integer> negated = new HashSet<>();
        negateForward(layout, negated);
        negateBackward(layout, negated);
        return new Polarity(negated, hedged(layout));
    }

    boolean isNegated(Mention mention) {
        return negated.contains(mention.index());
    }

    boolean isHedged(Mention mention) {
        return hedged.contains(mention.index());
    }

    private static boolean negatable(Mention mention) {
        return NEGATABLE.stream().anyMatch(mention::has);
    }

    private static void negateForward(Layout layout, Set<Integer> negated) {
        Chain chain = null;
        for (Mention m : layout.mentions()) {
            if (chain != null && chain.clause != layout.clause(m)) {
                chain = null;
            }
            if (m.has(Cue.NEGATION_BEFORE)) {
                chain = new Chain(layout.clause(m), m.to());
            } else if (chain != null && m.has(Cue.AFFIRMATION)) {
                chain = chain.negatedAny ? null : chain.extendTo(m.to());
            } else if (chain != null && negatable(m)) {
                if (m.from() - chain.edge > REACH) {
                    chain = null;
                } else {
                    negated.add(m.index());
                    chain = chain.negated(m.to());
                }
            }
        }
    }

    private static void negateBackward(Layout layout, Set<Integer> negated) {
        Chain chain = null;
        List<Mention> mentions = layout.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (chain != null && chain.clause != layout.clause(m)) {
                chain = null;
            }
            if (m.has(Cue.NEGATION_AFTER)) {
                chain = new Chain(layout.clause(m), m.from());
            } else if (chain != null && m.has(Cue.AFFIRMATION)) {
                chain = chain.negatedAny ? null : chain.extendTo(m.from());
            } else if (chain != null && negatable(m)) {
                if (chain.edge - m.to() > REACH) {
                    chain = null;
                } else {
                    negated.add(m.index());
                    chain = chain.negated(m.from());
                }
            }
        }
    }

    private static Set<Integer> hedged(Layout layout) {
        Set<Integer> hedged = new HashSet<>();
        int hedgedClause = -1;
        for (Mention m : layout.mentions()) {
            if (m.has(Cue.DONT_KNOW)) {
                hedgedClause = layout.clause(m);
            } else if (layout.clause(m) == hedgedClause && negatable(m)) {
                hedged.add(m.index());
            }
        }
        return hedged;
    }

    /** A running negation: its clause, the token it reaches from, and whether it has negated anything yet. */
    private record Chain(int clause, int edge, boolean negatedAny) {

        Chain(int clause, int edge) {
            this(clause, edge, false);
        }

        Chain extendTo(int newEdge) {
            return new Chain(clause, newEdge, negatedAny);
        }

        Chain negated(int newEdge) {
            return new Chain(clause, newEdge, true);
        }
    }
}
