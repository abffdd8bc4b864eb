package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application as a Telegram bot against a fake Bot API, with its conversations in the default H2 file
 * database (application.properties' URL and options) moved to a temporary folder. The
 * settings are command-line arguments because those override application.properties, which points at ./data.
 */
final class AdvisorBot implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path folder;

    private AdvisorBot(ConfigurableApplicationContext context, Path folder) {
        this.context = context;
        this.folder = folder;
    }

    /** @param settings further {@code name=value} settings; one with a name used here replaces the one here */
    static AdvisorBot start(FakeBotApi api, String token, List<String> settings) throws IOException {
        Path folder = Files.createTempDirectory("advisor-benchmark-");
        List<String> arguments = new ArrayList<>(List.of(
                "telegram.bot.token=" + token,
                "telegram.api.url=" + api.baseUrl(),
                "spring.datasource.url=" + H2File.in(folder).url(),
                "advisor.console.enabled=false",
                "advisor.rules.watch=false",
                "server.port=0",
                "logging.level.root=WARN",
                // Flyway warns that it was verified with an older H2 than the one in use.
                "logging.level.org.flywaydb.core.internal.database.base.Database=ERROR"));
        arguments.addAll(settings);
        // A name given twice on the command line would get both values joined with a comma: the last one wins.
        Map<String, String> byName = new LinkedHashMap<>();
        for (String setting : arguments) {
            byName.put(setting.substring(0, setting.indexOf('=')), setting);
        }
        String[] args = byName.values().stream().map(setting -> "--" + setting).toArray(String[]::new);
        try {
            return new AdvisorBot(new SpringApplicationBuilder(FrameworkAdvisorApplication.class).run(args), folder);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
