package com.frameworkadvisor.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Input;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded H2 file is compacted when the program stops, and nothing stored is lost by it. */
class H2FileCompactionTests {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FrameworkAdvisorApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("advisor") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.main.web-application-type=none", "--advisor.console.enabled=false",
                "--advisor.rules.watch=false");
    }

    @Test
    void shouldShrinkTheFileAtShutdownAndKeepEveryConversation() throws Exception {
        Path file = data.resolve("advisor.mv.db");
        long grown;
        try (ConfigurableApplicationContext context = start()) {
            ConversationService service = context.getBean(ConversationService.class);
            WriteBarrier barrier = context.getBean(WriteBarrier.class);
            // Each turn made durable, as the terminal chat does: every checkpoint adds to the file.
            for (int chat = 0; chat < 150; chat++) {
                for (String answer : List.of("we're building an online shop", "large", "admin panel and user accounts")) {
                    service.handle("c" + chat, new Input.Text(answer));
                    barrier.awaitDurable();
                }
            }
            grown = Files.size(file);
        }
        long compacted = Files.size(file);

        assertThat(compacted).isLessThan(grown / 4);
        try (ConfigurableApplicationContext context = start()) {
            ConversationStore store = context.getBean(ConversationStore.class);
            assertThat(store.load("c149").orElseThrow().state()).contains("SHOP").contains("LARGE");
        }
    }
}
