package com.frameworkadvisor.knowledge.sources;

import com.frameworkadvisor.knowledge.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A point on which the articles disagree: the question, each side with the option it favours, its claim in the
 * project's words and the articles that make it, and how the advisor settles it.
 */
public record Disagreement(String id, String question, List<Side> sides, String resolution,
                           Map<String, String> bothSides) {

    public Disagreement {
        sides = List.copyOf(sides);
        bothSides = bothSides == null ? Map.of() : Map.copyOf(bothSides);
    }

    /** The articles that stand on more than one side, in the order they are first named. */
    public List<String> onBothSides() {
        List<String> seen = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        sides.forEach(side -> side.sources().forEach(source -> {
            if (seen.contains(source) && !twice.contains(source)) {
                twice.add(source);
            }
            seen.add(source);
        }));
        return twice;
    }

    public record Side(Framework favours, String claim, List<String> sources) {
        public Side {
            sources = List.copyOf(sources);
        }
    }
}
