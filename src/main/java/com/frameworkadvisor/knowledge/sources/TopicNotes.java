package com.frameworkadvisor.knowledge.sources;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the articles leave open on each subject, read from rules/topics.json: a question they answer only in part
 * says which part, instead of the advisor filling it in.
 */
public record TopicNotes(List<TopicNote> all) {

    /** One subject, by the name rules use in {@code @topics}, and the part of it no article answers. */
    public record TopicNote(String topic, String leftOpen) {
    }

    public TopicNotes {
        all = List.copyOf(all);
    }

    public static TopicNotes parse(JsonMapper json, byte[] content) {
        return new TopicNotes(json.readValue(content, new TypeReference<List<TopicNote>>() { }));
    }

    public Optional<String> leftOpen(String topic) {
        return all.stream().filter(n -> n.topic().equals(topic)).map(TopicNote::leftOpen).findFirst();
    }
}
