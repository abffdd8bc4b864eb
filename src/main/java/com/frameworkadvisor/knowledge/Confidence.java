package com.frameworkadvisor.knowledge;

/** How sure the advisor is, from the margin between the best option and the runner-up, in weight points. */
public enum Confidence {
    /** The margin is at least {@value #CLEAR_MARGIN} points: several independent reasons point the same way. */
    CLEAR,
    /** The margin is at least {@value #LEANING_MARGIN} points: one strong reason or a few small ones decide. */
    LEANING,
    /** A margin of one or two points: one answer could tip it, and the flip points say which. */
    CLOSE_CALL,
    /** No margin: the two leading options score the same, and no option is recommended over the other. */
    TIE;

    static final int CLEAR_MARGIN = 8;
    static final int LEANING_MARGIN = 3;

    public static Confidence ofMargin(int margin) {
        if (margin >= CLEAR_MARGIN) {
            return CLEAR;
        }
        if (margin >= LEANING_MARGIN) {
            return LEANING;
        }
        return margin > 0 ? CLOSE_CALL : TIE;
    }
}
