package com.frameworkadvisor.knowledge.sources;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The disagreements between the articles, read from rules/disagreements.json. */
public record Disagreements(List<Disagreement> all) {

    public Disagreements {
        all = List.copyOf(all);
    }

    public static Disagreements parse(JsonMapper json, byte[] content) {
        return new Disagreements(json.readValue(content, new TypeReference<List<Disagreement>>() { }));
    }

    public Optional<Disagreement> find(String id) {
        return all.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
