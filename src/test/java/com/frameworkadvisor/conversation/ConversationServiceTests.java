package com.frameworkadvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.session.ConversationStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Turns made durable in the real database, across a restart of the whole program. */
class ConversationServiceTests {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        // Command-line arguments, so they override application.properties (which points at ./data).
        return new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("advisor")
                                + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--advisor.console.enabled=false", "--advisor.rules.watch=false",
                        "--spring.main.web-application-type=none");
    }

    private static String buttonData(List<Reply> last, String label) {
        return last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).findFirst().orElseThrow().data();
    }

    @Test
    void shouldContinueTheInterviewWhereItWasAfterTheProgramRestarts() {
        Texts texts = new Texts(java.util.Locale.ENGLISH);
        try (ConfigurableApplicationContext first = start()) {
            ConversationService service = first.getBean(ConversationService.class);
            List<Reply> replies = service.handle("chat-1", new Input.Command("start", ""));
            replies = service.handle("chat-1", new Input.Press(
                    buttonData(replies, texts.option(Question.KIND, AppKind.SHOP))));
            service.handle("chat-1", new Input.Press(
                    buttonData(replies, texts.option(Question.SIZE, ProjectSize.LARGE))));
        }
        try (ConfigurableApplicationContext second = start()) {
            ConversationService service = second.getBean(ConversationService.class);

            List<Reply> replies = service.handle("chat-1", new Input.Command("resume", ""));

            assertThat(replies.get(0).html()).isEqualTo(texts.get("resumed"));
            assertThat(replies.get(1).html()).contains(texts.get("question.needs.text"));
            String record = service.handle("chat-1", new Input.Command("summary", "")).get(0).document().content();
            assertThat(record).contains(Chat.TEXTS.get("option.KIND.SHOP")).contains(Chat.TEXTS.get("option.SIZE.LARGE"));
        }
    }

    @Test
    void shouldKeepChatsApartAndForgetOneOnRequest() {
        try (ConfigurableApplicationContext context = start()) {
            ConversationService service = context.getBean(ConversationService.class);
            ConversationStore store = context.getBean(ConversationStore.class);
            service.handle("a", new Input.Command("start", ""));
            service.handle("b", new Input.Text("we're building a blog"));

            assertThat(service.forget("a")).isTrue();

            assertThat(store.load("a")).isEmpty();
            assertThat(store.load("b")).isPresent();
        }
    }

    @Test
    void shouldApologiseWithoutLosingAnythingWhenATurnFails() {
        try (ConfigurableApplicationContext context = start()) {
            ConversationStore store = context.getBean(ConversationStore.class);
            ConversationService real = context.getBean(ConversationService.class);
            real.handle("c", new Input.Command("start", ""));
            String before = store.load("c").orElseThrow().state();
            ConversationEngine failing = new ConversationEngine(
                    context.getBean(com.frameworkadvisor.knowledge.Advisor.class),
                    context.getBean(com.frameworkadvisor.conversation.interview.QuestionCatalogue.class),
                    (text, expected) -> {
                        throw new IllegalStateException("parser down");
                    },
                    context.getBean(Texts.class),
                    context.getBean(com.frameworkadvisor.understanding.LoadingRecogniser.class), heard -> { },
                    java.time.Clock.systemUTC());
            ConversationService service = new ConversationService(failing, store, context.getBean(Texts.class),
                    context.getBean(ConversationProperties.class), Clock.systemUTC(),
                    new SimpleMeterRegistry());

            List<Reply> replies = service.handle("c", new Input.Text("it's a shop"));

            assertThat(replies).singleElement().satisfies(r -> assertThat(r.html()).contains("Sorry"));
            assertThat(store.load("c").map(s -> s.state())).isEqualTo(Optional.of(before));
            assertThat(real.handle("c", new Input.Text("it's a shop")).get(0).html()).contains(Chat.TEXTS.get("option.KIND.SHOP"));
        }
    }
}
