package com.frameworkadvisor.session;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The DataSource, JdbcClient and schema (Flyway) come from Spring Boot; see application.properties. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    ConversationStore conversationStore(JdbcClient jdbcClient, Clock clock) {
        return new JdbcConversationStore(jdbcClient, clock);
    }

    // Only a fallback: a Clock defined elsewhere (a fixed one in a test, say) takes its place.
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
