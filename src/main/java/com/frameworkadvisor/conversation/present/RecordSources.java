package com.frameworkadvisor.conversation.present;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Citation;
import com.frameworkadvisor.knowledge.sources.Source;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The decision record's "Sources": each article cited, its full entry, and where in it each cited point is made. */
final class RecordSources {

    private final Texts texts;
    private final Supplier<SourceCatalogue> sources;

    RecordSources(Texts texts, Supplier<SourceCatalogue> sources) {
        this.texts = texts;
        this.sources = sources;
    }

    /** Every article cited, with its full entry and the pinpoint of each passage the record cites from it. */
    void append(StringBuilder md, Assessment a) {
        md.append("\n## ").append(texts.get("record.sources")).append("\n\n");
        SourceCatalogue catalogue = sources.get();
        Set<Citation> cited = new LinkedHashSet<>();
        a.evidence().forEach(e -> cited.addAll(e.citations()));
        a.conflicts().forEach(c -> c.sources().forEach(id -> cited.add(new Citation(id, ""))));
        for (Source source : catalogue.sources()) {
            List<String> pinpoints = cited.stream().filter(c -> c.source().equals(source.id()))
                    .map(Citation::pinpoint).filter(p -> !p.isBlank()).distinct().toList();
            if (cited.stream().noneMatch(c -> c.source().equals(source.id()))) {
                continue;
            }
            md.append(catalogue.number(source.id())).append(". ").append(entry(source)).append("\n");
            if (!pinpoints.isEmpty()) {
                md.append("   ").append(texts.get("record.cited-at", pinpoints.stream().map(p -> "“" + p + "”")
                        .collect(Collectors.joining("; ")))).append("\n");
            }
        }
    }

    /** "Osirus Djodji. *Django or Flask. ...* Medium, 2020-06-12." with what the article does not give said so. */
    private String entry(Source source) {
        String by = source.author() != null ? source.author() + ". " : "";
        String title = source.title() != null ? "*" + source.title() + "*" : texts.get("record.untitled");
        String publisher = source.publisher() != null ? " " + source.publisher() + "," : "";
        String date = source.published() != null ? source.published() : texts.get("record.undated");
        return source.label() + ": " + by + title + "." + publisher + " " + date + ".";
    }
}
