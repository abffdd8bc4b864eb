package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.ConversationProperties;
import com.frameworkadvisor.knowledge.rules.RulesProperties;
import com.frameworkadvisor.telegram.TelegramProperties;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The README's configuration table names every setting of the typed configuration, as the environment variable
 * that sets it (Spring's relaxed binding: {@code telegram.polling.minimum-interval} is
 * {@code TELEGRAM_POLLING_MINIMUM_INTERVAL}), so a setting added to a properties record cannot go undocumented.
 */
class ConfigurationTableTests {

    private static final List<Class<? extends Record>> TYPED = List.of(TelegramProperties.class,
            RulesProperties.class, ConversationProperties.class);
    /** Read outside the records, for now; each is still one setting the README must name. */
    private static final List<String> UNTYPED = List.of("ADVISOR_CONSOLE_ENABLED", "SPRING_DATASOURCE_URL",
            "SERVER_PORT");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\|");

    @Test
    void shouldListEverySettingInTheReadmesConfigurationTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n## ", 3));
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            rows.add(row.group(1));
        }

        List<String> settings = new ArrayList<>(UNTYPED);
        for (Class<? extends Record> properties : TYPED) {
            String prefix = properties.getAnnotation(ConfigurationProperties.class).prefix();
            collect(prefix, properties, settings);
        }

        assertThat(rows).as("settings in the README's configuration table").containsAll(settings);
    }

    /** Every leaf setting of a properties record, as its environment variable. */
    private static void collect(String prefix, Class<?> record, List<String> settings) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                collect(name, component.getType(), settings);
            } else {
                settings.add(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
