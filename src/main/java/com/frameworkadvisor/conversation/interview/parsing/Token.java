package com.frameworkadvisor.conversation.interview.parsing;

/**
 * One word or number of a message, lower-cased and normalised.
 *
 * @param text      the word, or for a number its digits in ASCII (with a '.' or ',' between digits kept)
 * @param gapBefore what separated it from the previous token
 * @param number    whether the token is made of digits
 */
record Token(String text, Gap gapBefore, boolean number) {

    /** What lies between two tokens; a clause break stops phrases, negation and number ranges. */
    enum Gap {
        /** Nothing: a letter-digit switch such as "10k". */
        NONE,
        /** Spaces, quotes, symbols or emoji. */
        SPACE,
        /** A hyphen or dash, as in "e-commerce" or "5-8". */
        DASH,
        /** Sentence punctuation or a line break. */
        BREAK
    }
}
