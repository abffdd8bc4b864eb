package com.frameworkadvisor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Conversations must outlive the program. Uses the H2 URL from application.properties, options included, with only
 * the folder moved from ./data into a temporary one.
 */
class JdbcConversationStoreRestartTests {

    private static final String CHAT = "telegram:99";
    private static final String DEFAULT_FOLDER = "./data/";

    @TempDir
    Path folder;

    @Test
    void shouldFindTheConversationAfterARestart() {
        try (ConfigurableApplicationContext first = start()) {
            ConversationStore store = first.getBean(ConversationStore.class);
            store.save(CHAT, "before the restart", store.save(CHAT, "first turn", 0));
        }

        try (ConfigurableApplicationContext second = start()) {
            ConversationStore store = second.getBean(ConversationStore.class);
            assertThat(store.load(CHAT)).hasValueSatisfying(conversation -> {
                assertThat(conversation.state()).isEqualTo("before the restart");
                assertThat(conversation.version()).isEqualTo(2);
            });
            assertThat(store.save(CHAT, "after the restart", 2)).isEqualTo(3);
        }
    }

    @Test
    void shouldKeepEveryTurnPastTheWriteBarrierWhenTheProcessIsKilled() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveThenHalt.class.getName(),
                databaseUrl(), CHAT, "first turn", "last turn before the kill")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(137);
        assertThat(output).contains("saved version 2");

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(restarted.getBean(ConversationStore.class).load(CHAT)).hasValueSatisfying(conversation -> {
                assertThat(conversation.state()).isEqualTo("last turn before the kill");
                assertThat(conversation.version()).isEqualTo(2);
            });
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SessionOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--spring.datasource.url=" + databaseUrl());
    }

    private String databaseUrl() {
        String url = defaultDatabaseUrl();
        assertThat(url).startsWith("jdbc:h2:file:" + DEFAULT_FOLDER);
        return url.replace(DEFAULT_FOLDER, folder.toAbsolutePath() + "/");
    }

    private static String defaultDatabaseUrl() {
        try {
            Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            return properties.getProperty("spring.datasource.url");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just what the session feature needs from Spring Boot: a DataSource, Flyway, JdbcClient, and the store. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class})
    @Import(SessionConfiguration.class)
    static class SessionOnly {
    }
}
