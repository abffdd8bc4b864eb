package com.frameworkadvisor.conversation.present;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.knowledge.Citation;
import com.frameworkadvisor.knowledge.sources.Source;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Numbered citations: [n] is the n-th article of the catalogue, the same number in every answer. */
public final class Citations {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    /** Read at each use: a rule reload may bring a changed catalogue. */
    private final Supplier<SourceCatalogue> catalogue;

    public Citations(Supplier<SourceCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    /** "[2][4]" for the given article ids, in catalogue order. */
    public String cite(Collection<String> sourceIds) {
        return sourceIds.stream().distinct().map(catalogue.get()::number).sorted()
                .map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    /** Where each passage is: "[2] Hirist, “Flask vs Django – Security”; [4] Djodji, “Conclusion”", in catalogue order. */
    public String pinpoints(List<Citation> passages) {
        SourceCatalogue sources = catalogue.get();
        return passages.stream()
                .sorted(Comparator.comparingInt((Citation c) -> sources.number(c.source())))
                .map(c -> "[" + sources.number(c.source()) + "] " + Html.escape(sources.find(c.source())
                        .map(Source::label).orElse(c.source())) + ", “" + Html.escape(c.pinpoint()) + "”")
                .collect(Collectors.joining("; "));
    }

    /** The cited articles by their short names, in catalogue order: "[1] Codecademy, [2] Hirist". */
    public String shortList(Collection<String> sourceIds) {
        SourceCatalogue sources = catalogue.get();
        return sourceIds.stream().distinct().sorted(Comparator.comparingInt(sources::number))
                .map(id -> "[" + sources.number(id) + "] " + Html.escape(sources.find(id).map(Source::label).orElse(id)))
                .collect(Collectors.joining(", "));
    }

    /** The articles behind the [n] markers a text shows, by their short names: its source key. */
    public String namedIn(String html) {
        List<Source> sources = catalogue.get().sources();
        List<String> ids = MARKER.matcher(html).results().map(m -> Integer.parseInt(m.group(1)))
                .filter(n -> n >= 1 && n <= sources.size()).map(n -> sources.get(n - 1).id()).toList();
        return shortList(ids);
    }

    /** One line per cited article: "[2] Hirist: <title>". */
    public String list(Collection<String> sourceIds) {
        Set<String> ids = new LinkedHashSet<>(sourceIds);
        return catalogue.get().sources().stream().filter(s -> ids.contains(s.id()))
                .map(this::line).collect(Collectors.joining("\n"));
    }

    public String line(Source source) {
        StringBuilder line = new StringBuilder("[").append(catalogue.get().number(source.id())).append("] ")
                .append(Html.escape(source.label()));
        if (source.title() != null) {
            line.append(": ").append(Html.italic(Html.escape(source.title())));
        }
        if (source.author() != null) {
            line.append(", ").append(Html.escape(source.author()));
        }
        if (source.published() != null) {
            line.append(", ").append(Html.escape(source.published()));
        }
        return line.toString();
    }
}
