package com.frameworkadvisor.knowledge.sources;

import com.frameworkadvisor.knowledge.Framework;
import java.util.List;

/**
 * A point on which the articles disagree: the question, each side with the option it favours, its claim in the
 * project's words and the articles that make it, and how the advisor settles it.
 */
public record Disagreement(String id, String question, List<Side> sides, String resolution) {

    public Disagreement {
        sides = List.copyOf(sides);
    }

    public record Side(Framework favours, String claim, List<String> sources) {
        public Side {
            sources = List.copyOf(sources);
        }
    }
}
