package com.frameworkadvisor.knowledge.sources;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The articles the rules cite, read from rules/sources.json. Citation numbers are the catalogue order, from 1,
 * so "[2]" means the same article in every answer.
 */
public record SourceCatalogue(List<Source> sources) {

    public SourceCatalogue {
        sources = List.copyOf(sources);
    }

    public static SourceCatalogue parse(JsonMapper json, byte[] content) {
        return new SourceCatalogue(json.readValue(content, new TypeReference<List<Source>>() { }));
    }

    public Optional<Source> find(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /** The citation number of an article: its position in the catalogue, from 1. */
    public int number(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no source with id " + id);
    }
}
