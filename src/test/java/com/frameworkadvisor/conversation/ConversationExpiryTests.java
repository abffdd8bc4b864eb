package com.frameworkadvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.session.ConversationStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Idle conversations expire: the user is told when they come back, and the retention job deletes them. */
class ConversationExpiryTests {

    private static final ConversationProperties MONTH = new ConversationProperties(Duration.ofDays(30),
            Duration.ofHours(1));

    @Test
    void shouldStartAfreshWithANoteAfterTheIdleExpiryAndDeleteExpiredConversations() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                .run("--spring.profiles.active=test", "--spring.main.web-application-type=none",
                        "--advisor.rules.watch=false", "--advisor.conversations.retention-check=7m")) {
            ConversationStore store = context.getBean(ConversationStore.class);
            ConversationEngine engine = context.getBean(ConversationEngine.class);
            Texts texts = context.getBean(Texts.class);
            ConversationService now = new ConversationService(engine, store, texts, MONTH,
                    Clock.systemUTC(), new SimpleMeterRegistry());
            now.handle("idle", new Input.Text("we're building an online shop"));
            now.handle("recent", new Input.Text("we're building a blog"));

            Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC);
            ConversationService monthLater = new ConversationService(engine, store, texts, MONTH, later,
                    new SimpleMeterRegistry());
            List<Reply> replies = monthLater.handle("idle", new Input.Command("summary", ""));

            assertThat(replies.get(0).html()).isEqualTo(texts.get("expired"));
            assertThat(replies.get(1).html()).contains(texts.get("not-started"));

            // The store stamps every save with the real time, so today nothing is idle and a month on both are.
            assertThat(new ConversationRetention(store, Clock.systemUTC(), MONTH).deleteExpired())
                    .isZero();
            assertThat(new ConversationRetention(store, later, MONTH).deleteExpired()).isEqualTo(2);
            assertThat(store.load("recent")).isEmpty();
            assertThat(store.load("idle")).isEmpty();

            // The job runs at the interval configured, in every run mode.
            assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                    .extracting(ScheduledTask::getTask).filteredOn(FixedDelayTask.class::isInstance)
                    .extracting(task -> ((FixedDelayTask) task).getIntervalDuration())
                    .containsExactly(Duration.ofMinutes(7));
        }
    }
}
