package com.frameworkadvisor.session;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
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

    /** The embedded H2 file's URLs, which both the write barrier and the compaction at stop are for. */
    static final String H2_FILE = "jdbc:h2:file:";

    /** A checkpoint for the embedded H2 file; nothing to do where every commit is durable by itself. */
    @Bean
    WriteBarrier writeBarrier(JdbcClient jdbcClient, DataSourceProperties dataSource) {
        String url = dataSource.getUrl();
        return url != null && url.startsWith(H2_FILE) ? new H2Checkpoint(jdbcClient) : WriteBarrier.NONE;
    }

    /** Only for the embedded H2 file: lifecycle components (poller, sender) have stopped by the time it runs. */
    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('" + H2_FILE + "')")
    H2FileCompaction h2FileCompaction(DataSource dataSource) {
        return new H2FileCompaction(dataSource);
    }

    // Only a fallback: a Clock defined elsewhere (a fixed one in a test, say) takes its place.
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
