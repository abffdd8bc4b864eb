package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.session.ConversationStore;
import com.frameworkadvisor.session.WriteBarrier;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application started in-process on a given database, without web server, terminal chat or rule
 * watcher. The settings are command-line arguments because only those override application.properties.
 */
final class RunningAdvisor implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ConversationService service;
    private final WriteBarrier barrier;
    private final String apology;

    private RunningAdvisor(ConfigurableApplicationContext context) {
        this.context = context;
        this.service = context.getBean(ConversationService.class);
        this.barrier = context.getBean(WriteBarrier.class);
        this.apology = context.getBean(Texts.class).get("error.apology");
    }

    static RunningAdvisor start(String url, String username, String password) {
        return new RunningAdvisor(new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                .logStartupInfo(false)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + username,
                        "--spring.datasource.password=" + password,
                        "--spring.main.web-application-type=none",
                        "--advisor.console.enabled=false",
                        "--advisor.rules.watch=false",
                        // The report is the tables; start-up lines would only interleave with them, as would
                        // Flyway's warning that it was verified with an older H2 than the one in use.
                        "--logging.level.root=WARN",
                        "--logging.level.org.flywaydb.core.internal.database.base.Database=ERROR"));
    }

    /**
     * One turn through {@link ConversationService}, which stores the state before it returns, then made durable
     * on its own, as the terminal chat does (the bot shares one write among a batch of updates). The service turns
     * a failure into an apology rather than an exception; a benchmark must not count those as turns, so it fails.
     */
    List<Reply> turn(String chatKey, Input input) {
        List<Reply> replies = service.handle(chatKey, input);
        barrier.awaitDurable();
        if (replies.size() == 1 && replies.get(0).html().equals(apology)) {
            throw new IllegalStateException("turn failed for " + chatKey + " on " + input + " (see the log)");
        }
        return replies;
    }

    /** Makes what was stored so far durable, as {@link #turn} does after each turn. */
    void awaitDurable() {
        barrier.awaitDurable();
    }

    ConversationStore store() {
        return context.getBean(ConversationStore.class);
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    long storedConversations() {
        return jdbc().sql("SELECT COUNT(*) FROM conversations").query(Long.class).single();
    }

    @Override
    public void close() {
        context.close();
    }
}
