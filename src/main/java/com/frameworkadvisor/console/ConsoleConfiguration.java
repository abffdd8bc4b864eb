package com.frameworkadvisor.console;

import com.frameworkadvisor.RunMode;
import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.session.WriteBarrier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Without a Telegram token the program is a chat in the terminal. It can be switched off
 * ({@code advisor.console.enabled=false}), as the tests do, since it reads standard input until it ends. When the
 * chat ends, so does the program, with status 0: the application is closed (the store written and compacted) and
 * the JVM exits, rather than waiting on background threads that have nothing left to serve.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(RunMode.IS_TERMINAL + " and ${advisor.console.enabled:true}")
class ConsoleConfiguration {

    static final String CHAT_KEY = "console:local";
    /** Decision records go beside the database, in the folder the terminal chat already writes to. */
    static final Path RECORDS = Path.of("data", "decision-records");

    @Bean
    ApplicationRunner consoleChat(ConversationService conversations, WriteBarrier barrier, Texts texts,
                                  ConfigurableApplicationContext context) {
        return args -> {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            // A person at a terminal gets line editing and wrapping; piped input is read as it comes.
            BufferedReader piped = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (LineSource lines = System.console() != null ? new TerminalLines() : new PipedLines(piped, out)) {
                new ConsoleChat(conversations, barrier, CHAT_KEY, texts, RECORDS).run(lines, out);
            }
            System.exit(SpringApplication.exit(context, () -> 0));
        };
    }
}
