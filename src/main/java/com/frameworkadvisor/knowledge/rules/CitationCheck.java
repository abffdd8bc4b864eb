package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.Citation;
import com.frameworkadvisor.knowledge.sources.Fact;
import com.frameworkadvisor.knowledge.sources.Facts;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every citation names an article of the catalogue and pinpoints where in it the point is made, briefly. */
final class CitationCheck {

    private final SourceCatalogue catalogue;

    CitationCheck(SourceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<String> complaintsAbout(List<Citation> citations) {
        List<String> complaints = new ArrayList<>();
        if (citations.isEmpty()) {
            complaints.add("has no @source(...)");
        }
        Set<Citation> seen = new HashSet<>();
        for (Citation citation : citations) {
            if (!catalogue.contains(citation.source())) {
                complaints.add("@source names \"" + citation.source() + "\", which is not in sources.json");
            }
            if (citation.pinpoint() == null) {
                complaints.add("@source \"" + citation.source() + "\" has no pinpoint: write \"" + citation.source()
                        + ": <heading or list where the article says it>\"");
            } else if (citation.pinpointWords() > Citation.MAX_PINPOINT_WORDS) {
                complaints.add("@source \"" + citation + "\": a pinpoint is a locator of at most "
                        + Citation.MAX_PINPOINT_WORDS + " words, not a quotation");
            }
            if (!seen.add(citation)) {
                complaints.add("@source cites \"" + citation + "\" twice");
            }
        }
        return complaints;
    }

    List<RuleProblem> checkFacts(Facts facts) {
        List<RuleProblem> problems = new ArrayList<>();
        if (facts == null) {
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (Fact fact : facts.all()) {
            List<String> complaints = new ArrayList<>(complaintsAbout(List.of(fact.citation())));
            if (fact.id() == null || !ids.add(fact.id())) {
                complaints.add("needs an id of its own");
            }
            if (fact.subject() == null || fact.text() == null || fact.text().isBlank()) {
                complaints.add("needs a \"subject\" and a \"text\"");
            }
            complaints.forEach(c -> problems.add(new RuleProblem(RuleCompiler.FACTS_FILE, 0,
                    "fact " + fact.id() + ": " + c.replace("@source", "source"))));
        }
        return problems;
    }
}
