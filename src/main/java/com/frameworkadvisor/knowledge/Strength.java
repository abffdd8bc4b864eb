package com.frameworkadvisor.knowledge;

/**
 * How much a piece of evidence weighs. This is the one place the weights are defined; rules/README.md explains
 * them to rule authors.
 *
 * <p>A rule states what kind of claim it makes; its weight is the claim's base points plus one point for every
 * further article that makes the same claim:
 * <ul>
 *   <li>{@link #NEED}, 4 points: the user stated a need that one option covers out of the box and the other
 *       only through add-ons or own code (an admin back office, accounts, an ORM, security), or a hard technical
 *       fit (async high-performance APIs and FastAPI).</li>
 *   <li>{@link #FIT}, 2 points: the situation matches an article's "use X when" advice (project size, kind of
 *       application, team shape, deadline).</li>
 *   <li>{@link #HINT}, 1 point: a side remark, a caveat or an indirect point (runtime speed of small apps,
 *       a learning-curve remark, who uses what).</li>
 * </ul>
 * So "large project favours Django", said by all five articles, weighs 2 + 4 = 6, and "needs an admin back
 * office", said by three, weighs 4 + 2 = 6: agreement between sources can lift a fit to the level of a need,
 * but a single article's remark never outweighs a stated need.
 */
public enum Strength {
    NEED(4),
    FIT(2),
    HINT(1);

    private final int points;

    Strength(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public int weightFor(int sourceCount) {
        return points + Math.max(0, sourceCount - 1);
    }
}
