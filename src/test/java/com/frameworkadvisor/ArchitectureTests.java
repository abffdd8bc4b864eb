package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Feature boundaries: each third-party engine (Telegram, Drools, the sentence model) stays inside its feature. */
class ArchitectureTests {

    private static final Path MAIN = Path.of("src/main/java/com/frameworkadvisor");

    /** Import prefix to the only package (and its sub-packages) allowed to use it. */
    private static final Map<String, String> OWNERS = Map.of(
            "import org.telegram", "telegram",
            "import okhttp3", "telegram",
            "import org.kie", "knowledge",
            "import org.drools", "knowledge",
            "import dev.langchain4j", "understanding",
            "import ai.onnxruntime", "understanding",
            "import ai.djl", "understanding");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void shouldKeepTelegramAndDroolsTypesInsideTheirOwnFeatures() throws IOException {
        for (Path file : sources()) {
            String feature = MAIN.relativize(file).getName(0).toString();
            String source = Files.readString(file);
            OWNERS.forEach((prefix, owner) -> {
                if (!feature.equals(owner)) {
                    assertThat(source).as("%s must not use %s", file, prefix).doesNotContain(prefix);
                }
            });
        }
    }

    @Test
    void shouldNotLetTheConversationKnowAboutItsTransports() throws IOException {
        for (Path file : sources()) {
            String feature = MAIN.relativize(file).getName(0).toString();
            if (List.of("conversation", "interview", "knowledge", "session", "understanding").contains(feature)) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("com.frameworkadvisor.telegram").doesNotContain("com.frameworkadvisor.console");
            }
        }
    }
}
