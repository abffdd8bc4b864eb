package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.knowledge.profile.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The interview's questions in asking order, read from questions.json beside the rules. */
public record QuestionCatalogue(List<QuestionSpec> questions) {

    static final String FILE = "questions.json";

    public QuestionCatalogue {
        questions = List.copyOf(questions);
        Set<Question> covered = EnumSet.noneOf(Question.class);
        for (QuestionSpec spec : questions) {
            if (!covered.add(spec.sets())) {
                throw new IllegalArgumentException("two questions set " + spec.sets());
            }
            spec.options().forEach(spec::option);
        }
        if (!covered.equals(EnumSet.allOf(Question.class))) {
            throw new IllegalArgumentException("questions.json must ask every question; missing "
                    + EnumSet.complementOf(EnumSet.copyOf(covered)));
        }
    }

    /** From the rules folder when it has the file, else from the copy packaged in the jar. */
    public static QuestionCatalogue load(Optional<Path> rulesFolder) {
        JsonMapper json = JsonMapper.builder().build();
        TypeReference<List<QuestionSpec>> type = new TypeReference<>() { };
        try {
            Optional<Path> file = rulesFolder.map(folder -> folder.resolve(FILE)).filter(Files::isRegularFile);
            if (file.isPresent()) {
                return new QuestionCatalogue(json.readValue(file.get().toFile(), type));
            }
            try (InputStream in = QuestionCatalogue.class.getResourceAsStream("/rules/" + FILE)) {
                if (in == null) {
                    throw new IllegalStateException("no " + FILE + " in the rules folder or the jar");
                }
                return new QuestionCatalogue(json.readValue(in, type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<QuestionSpec> find(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public QuestionSpec of(Question question) {
        return questions.stream().filter(q -> q.sets() == question).findFirst().orElseThrow();
    }
}
