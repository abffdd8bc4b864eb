package com.frameworkadvisor.console;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.session.WriteBarrier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without a Telegram token the program is a chat in the terminal. It can be switched off
 * ({@code advisor.console.enabled=false}), as the tests do, since it reads standard input until it ends.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${telegram.bot.token:}'.isBlank() and ${advisor.console.enabled:true}")
class ConsoleConfiguration {

    static final String CHAT_KEY = "console:local";

    @Bean
    ApplicationRunner consoleChat(ConversationService conversations, WriteBarrier barrier) {
        return args -> new ConsoleChat(conversations, barrier, CHAT_KEY).run(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
