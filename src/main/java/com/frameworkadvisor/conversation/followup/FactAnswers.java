package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.sources.Fact;
import com.frameworkadvisor.knowledge.sources.Facts;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers about the frameworks rather than the project: who made them and when, how popular they are, who uses
 * them. Every line is a cited fact from rules/facts.json, with the article and where in it.
 */
final class FactAnswers {

    private final Texts texts;
    private final Citations citations;
    /** Read at each use: a rule reload may bring changed facts. */
    private final Supplier<Facts> facts;

    FactAnswers(Texts texts, Citations citations, Supplier<Facts> facts) {
        this.texts = texts;
        this.citations = citations;
        this.facts = facts;
    }

    String about(Fact.Subject subject) {
        String key = "facts." + subject.name();
        StringBuilder out = new StringBuilder(Html.bold(texts.get(key + ".title")));
        // The note answers the question in a sentence ("big companies use both"), so it comes first.
        if (texts.has(key + ".note")) {
            out.append("\n").append(texts.get(key + ".note")).append("\n");
        }
        Facts all = facts.get();
        for (Framework option : List.of(Framework.DJANGO, Framework.FLASK)) {
            List<Fact> about = all.about(option, subject);
            if (!about.isEmpty()) {
                out.append("\n").append(Html.bold(texts.framework(option)));
                about.forEach(f -> out.append("\n").append(line(f)));
            }
        }
        List<Fact> both = all.about(null, subject);
        if (!both.isEmpty()) {
            out.append("\n").append(Html.bold(texts.get("facts.both")));
            both.forEach(f -> out.append("\n").append(line(f)));
        }
        return out.toString();
    }

    private String line(Fact fact) {
        return "• " + Html.escape(fact.text()) + " " + citations.pinpoints(List.of(fact.citation()));
    }
}
