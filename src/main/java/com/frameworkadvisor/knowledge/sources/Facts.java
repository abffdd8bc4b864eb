package com.frameworkadvisor.knowledge.sources;

import com.frameworkadvisor.knowledge.Framework;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The cited facts for follow-ups, read from rules/facts.json, in the file's order. */
public record Facts(List<Fact> all) {

    public static final Facts NONE = new Facts(List.of());

    public Facts {
        all = List.copyOf(all);
    }

    public static Facts parse(JsonMapper json, byte[] content) {
        return new Facts(json.readValue(content, new TypeReference<List<Fact>>() { }));
    }

    public List<Fact> about(Framework option, Fact.Subject subject) {
        return all.stream().filter(f -> f.about() == option && f.subject() == subject).toList();
    }
}
