package com.frameworkadvisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal chat as a program: the README's piped example, run with exactly the input the README gives, ends by
 * itself with status 0 once the input ends, and leaves no error trace beside its data.
 */
class ConsoleProcessTests {

    /** {@code printf '...' | ./mvnw -q spring-boot:run} in the README: the input of its piped example. */
    private static final Pattern PIPED_EXAMPLE = Pattern.compile("printf '([^']*)' \\| \\./mvnw -q spring-boot:run");

    @TempDir
    Path workdir;

    @Test
    void shouldRunTheReadmesPipedExampleAndEndWithStatusZero() throws Exception {
        Matcher example = PIPED_EXAMPLE.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(example.find()).as("the piped example in README.md").isTrue();
        String input = example.group(1).replace("\\n", "\n");

        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), FrameworkAdvisorApplication.class.getName()))
                .directory(workdir.toFile()).redirectErrorStream(true);
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Decision record").doesNotContain("Exception");
        assertThat(workdir.resolve("data/advisor.mv.db")).exists();
        assertThat(workdir.resolve("data/advisor.trace.db")).as("H2's error trace").doesNotExist();
    }
}
