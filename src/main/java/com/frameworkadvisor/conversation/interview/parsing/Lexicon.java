package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Token.Gap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the vocabulary's phrases in a message, leftmost and longest first, in time linear in the message.
 * <p>
 * Phrases live in a character trie with word boundaries removed, and a match may cross token boundaries
 * anywhere, so "e-commerce", "e commerce" and "ecommerce" are one phrase, as are "real time" and "realtime". A match
 * must still start and end on a token boundary, except that it may end before one of the grammar suffixes
 * ("developer" matches "developers"). No regular expression is involved, so no input can make matching backtrack.
 */
final class Lexicon {

    // Shorter phrases would take on too many accidental suffixes ("a" + "s").
    private static final int MIN_INFLECTED_LENGTH = 3;

    private final Node root = new Node(0);
    private final Set<String> suffixes = new HashSet<>();
    private final int longestSuffix;

    Lexicon(Vocabulary vocabulary, Tokenizer tokenizer) {
        vocabulary.phrases().forEach((term, phrases) -> phrases.forEach(p -> add(compact(tokenizer, p, term), term)));
        for (String suffix : vocabulary.suffixes()) {
            suffixes.add(compact(tokenizer, suffix, null));
        }
        longestSuffix = suffixes.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The message's mentions: every phrase found, and every number that is not part of a phrase. */
    List<Mention> scan(List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            Match match = longestAt(tokens, t);
            if (match != null) {
                mentions.add(new Mention(mentions.size(), t, match.to(), match.terms()));
                t = match.to();
            } else {
                Token token = tokens.get(t);
                if (token.number()) {
                    mentions.add(new Mention(mentions.size(), t, t + 1, List.of(Term.number(Numerals.value(token)))));
                }
                t++;
            }
        }
        return mentions;
    }

    private Match longestAt(List<Token> tokens, int from) {
        Node node = root;
        Match best = null;
        walk:
        for (int t = from; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (t > from && token.gapBefore() == Gap.BREAK) {
                break;
            }
            String text = token.text();
            for (int c = 0; c < text.length(); c++) {
                boolean alreadyEndsHere = best != null && best.to() == t + 1;
                if (c > 0 && !alreadyEndsHere && node.isPhraseEnd() && node.depth >= MIN_INFLECTED_LENGTH
                        && isSuffix(text, c)) {
                    best = new Match(t + 1, node.termList());
                }
                node = node.next.get(text.charAt(c));
                if (node == null) {
                    break walk;
                }
            }
            if (node.isPhraseEnd()) {
                // An exact match beats an inflected one ending in the same token: "news" is not "new" + "s".
                best = new Match(t + 1, node.termList());
            }
        }
        return best;
    }

    private boolean isSuffix(String text, int at) {
        return text.length() - at <= longestSuffix && suffixes.contains(text.substring(at));
    }

    private void add(String compact, Term term) {
        Node node = root;
        for (int i = 0; i < compact.length(); i++) {
            int depth = i + 1;
            node = node.next.computeIfAbsent(compact.charAt(i), c -> new Node(depth));
        }
        node.terms.add(term);
    }

    private static String compact(Tokenizer tokenizer, String phrase, Term term) {
        List<Token> tokens = tokenizer.tokenize(phrase);
        if (tokens.isEmpty() || tokens.stream().skip(1).anyMatch(t -> t.gapBefore() == Gap.BREAK)) {
            throw new IllegalArgumentException("vocabulary phrase '" + phrase + "'"
                    + (term == null ? "" : " of " + term) + " is empty or holds punctuation");
        }
        StringBuilder compact = new StringBuilder();
        tokens.forEach(t -> compact.append(t.text()));
        return compact.toString();
    }

    private record Match(int to, List<Term> terms) {
    }

    private static final class Node {
        private final int depth;
        private final Map<Character, Node> next = new HashMap<>(4);
        private final Set<Term> terms = new TreeSet<>();
        private List<Term> termList;

        private Node(int depth) {
            this.depth = depth;
        }

        private boolean isPhraseEnd() {
            return !terms.isEmpty();
        }

        private List<Term> termList() {
            if (termList == null) {
                termList = List.copyOf(terms);
            }
            return termList;
        }
    }
}
