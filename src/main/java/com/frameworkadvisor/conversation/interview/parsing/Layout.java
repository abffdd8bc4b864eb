package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Token.Gap;
import java.util.List;
import java.util.Optional;

/** Where a message's mentions stand: their order, their distance in tokens, and the clause each belongs to. */
final class Layout {

    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final int[] clauseOfToken;

    List<Token> tokens() {
        return tokens;
    }

    Layout(List<Token> tokens, List<Mention> mentions) {
        this.tokens = List.copyOf(tokens);
        this.mentions = List.copyOf(mentions);
        this.clauseOfToken = clauses(this.tokens, this.mentions);
    }

    List<Mention> mentions() {
        return mentions;
    }

    boolean isNumberToken(Mention mention) {
        return tokens.get(mention.from()).number();
    }

    int clause(Mention mention) {
        return clauseOfToken[mention.from()];
    }

    boolean sameClause(Mention a, Mention b) {
        return clause(a) == clause(b);
    }

    /** How many tokens stand between {@code earlier} and {@code later}. */
    static int tokensBetween(Mention earlier, Mention later) {
        return later.from() - earlier.to();
    }

    /** The mention right after {@code mention}, when no token or clause break separates them. */
    Optional<Mention> adjacentAfter(Mention mention) {
        int next = mention.index() + 1;
        if (next >= mentions.size()) {
            return Optional.empty();
        }
        Mention after = mentions.get(next);
        return after.from() == mention.to() && gapBefore(after) != Gap.BREAK ? Optional.of(after) : Optional.empty();
    }

    /** The mention right before {@code mention}, when no token or clause break separates them. */
    Optional<Mention> adjacentBefore(Mention mention) {
        int previous = mention.index() - 1;
        if (previous < 0) {
            return Optional.empty();
        }
        Mention before = mentions.get(previous);
        return before.to() == mention.from() && gapBefore(mention) != Gap.BREAK
                ? Optional.of(before) : Optional.empty();
    }

    Gap gapBefore(Mention mention) {
        return tokens.get(mention.from()).gapBefore();
    }

    private static int[] clauses(List<Token> tokens, List<Mention> mentions) {
        int[] clauses = new int[tokens.size()];
        int clause = 0;
        int m = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (t > 0 && tokens.get(t).gapBefore() == Gap.BREAK) {
                clause++;
            }
            while (m < mentions.size() && mentions.get(m).to() <= t) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).from() == t && mentions.get(m).has(Cue.CLAUSE_BREAK)) {
                clause++;
            }
            clauses[t] = clause;
        }
        return clauses;
    }
}
