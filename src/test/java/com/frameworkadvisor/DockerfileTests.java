package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameworkadvisor.knowledge.rules.RuleSources;
import com.frameworkadvisor.knowledge.rules.RulesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * No image is built here or in CI (there is no Docker engine), so this checks what the Dockerfile and
 * docker-compose.yml rely on: the paths they copy, the jar Maven makes, where the app looks for its rules and
 * writes its data, the user, the port, the JVM options, and a health check run against the running app.
 */
class DockerfileTests {

    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");
    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path POM = Path.of("pom.xml");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

    /** What an operator puts in .env for docker compose (README, "Docker"). */
    private static final Map<String, String> DOT_ENV = Map.of(
            "TELEGRAM_BOT_TOKEN", "123456789:AAHfakeTokenForTestsOnly_abcdefghijk",
            "TELEGRAM_WEBHOOK_URL", "https://bot.example.com/telegram/webhook",
            "TELEGRAM_WEBHOOK_SECRET", "webhook-secret",
            "POSTGRES_PASSWORD", "database-password");

    private static final List<String> REQUIRED_BOT_SETTINGS = List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL",
            "TELEGRAM_WEBHOOK_SECRET", "SPRING_DATASOURCE_PASSWORD");

    /** ${NAME:?message}: compose stops with the message when NAME is unset or empty. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{(\\w+):\\?[^}]+}");

    private final Dockerfile dockerfile = Dockerfile.parse(read(DOCKERFILE));
    private final Stage build = dockerfile.stages().get(0);
    private final Stage runtime = dockerfile.runtime();

    @Test
    void shouldBuildWithTheJdkOfThePomsJavaVersionAndRunOnThatOrANewerJre() {
        String java = pom("/project/properties/java.version");
        Matcher runtimeImage = Pattern.compile("eclipse-temurin:(\\d+)-jre.*").matcher(runtime.image());

        assertThat(dockerfile.stages()).hasSize(2);
        assertThat(build.image()).startsWith("eclipse-temurin:" + java + "-jdk");
        assertThat(runtimeImage.matches()).as(runtime.image()).isTrue();
        assertThat(Integer.parseInt(runtimeImage.group(1))).isGreaterThanOrEqualTo(Integer.parseInt(java));
    }

    @Test
    void shouldStartWithTheAotCacheThatTheTrainingStartWrites() {
        List<String> training = trainingStart();
        String cache = option(training, "-XX:AOTCacheOutput=");

        assertThat(runtime.single(i -> i.is("ENTRYPOINT")).exec())
                .containsExactly("java", "-XX:AOTCache=" + cache, "-jar", training.get(training.indexOf("-jar") + 1));
        // A cache only serves the JVM options it was trained with, so training comes after JAVA_TOOL_OPTIONS.
        assertThat(runtime.indexOf(i -> i.is("ENV") && i.arguments().startsWith("JAVA_TOOL_OPTIONS=")))
                .isLessThan(runtime.indexOf(i -> i.is("RUN") && i.arguments().contains("-XX:AOTCacheOutput=")));
    }

    /** The training start, run here as the image build runs it: offline, without secrets, leaving only data/. */
    @Test
    void shouldTrainWithAStartThatNeedsNoNetworkNorSecretsAndStops(@TempDir Path workdir) throws Exception {
        List<String> training = trainingStart();
        String rulesInImage = option(training, "--advisor.rules.path=");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        training.stream().filter(word -> word.startsWith("-D")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FrameworkAdvisorApplication.class.getName()));
        training.stream().filter(word -> word.startsWith("--"))
                .map(word -> word.replace(rulesInImage, Path.of("rules").toAbsolutePath().toString()))
                .forEach(command::add);
        ProcessBuilder start = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true);
        start.environment().keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("SPRING_"));
        Process process = start.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(option(training, "-Dspring.context.exit=")).isEqualTo("onRefresh");
        // With the terminal chat off the training start logs to its output and writes no file; whatever it
        // might write goes to data/, which the image build removes.
        try (Stream<Path> written = Files.list(workdir)) {
            assertThat(written.map(path -> path.getFileName().toString())).allMatch("data"::equals);
        }
        String removed = training.get(training.indexOf("rm") + 2);
        assertThat(Path.of(removed)).isEqualTo(runtime.workdir().resolve("data"));
    }

    private List<String> trainingStart() {
        return Stream.of(runtime.single(i -> i.is("RUN") && i.arguments().contains("-XX:AOTCacheOutput="))
                .arguments().split("\\s+")).filter(word -> !word.isBlank()).toList();
    }

    private static String option(List<String> words, String prefix) {
        return words.stream().filter(word -> word.startsWith(prefix)).map(word -> word.substring(prefix.length()))
                .findFirst().orElse("");
    }

    @Test
    void shouldCopyOnlyPathsThatExistAndAreSentToTheBuild() {
        DockerIgnore ignore = DockerIgnore.parse(read(DOCKERIGNORE));
        List<String> sources = dockerfile.stages().stream()
                .flatMap(stage -> stage.all("COPY").stream())
                .filter(copy -> !copy.flags().containsKey("from"))
                .flatMap(copy -> copy.sources().stream())
                .toList();

        assertThat(sources).contains("mvnw", ".mvn", "pom.xml", "src", "rules");
        for (String source : sources) {
            assertThat(Path.of(source)).as("COPY source %s", source).exists();
            assertThat(ignore.excludes(source)).as("COPY source %s is left out by .dockerignore", source).isFalse();
        }
        assertThat(ignore.excludes("src/main/java/com/frameworkadvisor/FrameworkAdvisorApplication.java")).isFalse();
        assertThat(ignore.excludes(".mvn/wrapper/maven-wrapper.properties")).isFalse();
        assertThat(List.of(".git", "target", "data", ".env", "data/advisor.mv.db", "target/framework-advisor.jar"))
                .allSatisfy(path -> assertThat(ignore.excludes(path)).as("%s is sent to the build", path).isTrue());
    }

    @Test
    void shouldCopyEverySourceAndResourceFolderOfThePomIntoTheBuildStage() {
        List<String> folders = new ArrayList<>(pomList("/project/build/resources/resource/directory"));
        folders.add("src/main/java");
        List<String> copied = build.all("COPY").stream().flatMap(copy -> copy.sources().stream()).toList();

        assertThat(folders).allSatisfy(folder -> assertThat(copied)
                .as("the build stage copies %s", folder)
                .anySatisfy(source -> assertThat(Path.of(folder).startsWith(Path.of(source))).isTrue()));
    }

    @Test
    void shouldResolveDependenciesBeforeCopyingTheSources() {
        int pom = build.indexOf(i -> i.is("COPY") && i.sources().contains("pom.xml"));
        int dependencies = build.indexOf(i -> i.is("RUN") && i.arguments().contains("./mvnw")
                && i.arguments().contains("dependency:go-offline"));
        int sources = build.indexOf(i -> i.is("COPY") && i.sources().contains("src"));

        assertThat(pom).isNotNegative().isLessThan(dependencies);
        assertThat(dependencies).isLessThan(sources);
    }

    @Test
    void shouldRunTheJarThatMavenPackagesExtractedBesideItsLibraries() {
        String finalName = pom("/project/build/finalName");
        Path extracted = build.workdir().resolve("target/extracted");
        Instruction jar = runtime.single(i -> i.is("COPY") && build.name().equals(i.flags().get("from"))
                && i.sources().get(0).endsWith(".jar"));
        Instruction lib = runtime.single(i -> i.is("COPY") && build.name().equals(i.flags().get("from"))
                && !i.sources().get(0).endsWith(".jar"));

        assertThat(build.all("RUN")).anySatisfy(run -> assertThat(run.arguments())
                .startsWith("./mvnw ").contains(" package").contains("-DskipTests")
                .contains("java -Djarmode=tools -jar target/" + finalName + ".jar extract --destination "
                        + build.workdir().relativize(extracted)));
        assertThat(pomList("/project/build/plugins/plugin/artifactId")).contains("spring-boot-maven-plugin");
        // Spring's extract writes <finalName>.jar, whose manifest names its libraries as lib/<name>.jar.
        assertThat(jar.sources()).containsExactly(extracted.resolve(finalName + ".jar").toString());
        assertThat(lib.sources()).containsExactly(extracted.resolve("lib").toString());
        assertThat(Path.of(lib.destination())).isEqualTo(Path.of(jar.destination()).resolveSibling("lib"));
        assertThat(runtime.single(i -> i.is("ENTRYPOINT")).exec()).endsWith("-jar", jar.destination());
    }

    @Test
    void shouldBakeTheRulesWhereTheAppLooksForThem(@TempDir Path root) throws IOException {
        Instruction copy = runtime.single(i -> i.is("COPY") && i.sources().equals(List.of("rules")));
        Path workdir = inside(root, runtime.workdir());
        Files.createDirectories(inside(root, Path.of(copy.destination())));
        String configured = runtime.env().getOrDefault("ADVISOR_RULES_PATH", "");

        Optional<Path> served = RuleSources.resolve(new RulesProperties(configured, true, Duration.ofMillis(300)),
                workdir, getClass().getClassLoader()).directory();

        assertThat(served).contains(inside(root, Path.of(copy.destination())));
    }

    @Test
    void shouldKeepEverythingTheAppWritesInTheDataVolume() {
        String datasource = applicationProperties().getProperty("spring.datasource.url");
        Matcher h2File = Pattern.compile("jdbc:h2:file:([^;]+)").matcher(datasource);
        assertThat(h2File.lookingAt()).as(datasource).isTrue();
        String terminalLog = RunModeEnvironment.TERMINAL_LOG;
        Path volume = Path.of(runtime.single(i -> i.is("VOLUME")).exec().get(0));

        assertThat(List.of(h2File.group(1), terminalLog)).allSatisfy(written ->
                assertThat(runtime.workdir().resolve(written).normalize()).startsWithRaw(volume));
    }

    @Test
    void shouldRunAsAnUnprivilegedUserThatOwnsTheDataVolume() {
        String[] user = runtime.single(i -> i.is("USER")).arguments().split(":");
        String uid = user[0];
        String gid = user.length > 1 ? user[1] : uid;
        String volume = runtime.single(i -> i.is("VOLUME")).exec().get(0);
        int volumeIndex = runtime.indexOf(i -> i.is("VOLUME"));

        assertThat(uid).as("numeric, so runAsNonRoot can check it").matches("[0-9]+").isNotEqualTo("0");
        assertThat(runtime.all("RUN")).anySatisfy(run -> assertThat(run.arguments())
                .containsPattern("groupadd .*--gid " + gid + " ")
                .containsPattern("useradd .*--uid " + uid + " ")
                .containsPattern("useradd .*--gid " + gid + " "));
        assertThat(runtime.indexOf(i -> i.is("RUN") && i.arguments().matches(
                ".*chown " + uid + ":" + gid + " (\\S+ )*" + Pattern.quote(volume) + "( .*)?")))
                .as("chown of %s to %s:%s before VOLUME, which would discard it", volume, uid, gid)
                .isNotNegative().isLessThan(volumeIndex);
        assertThat(runtime.indexOf(i -> i.is("USER"))).isGreaterThan(runtime.lastIndexOf(i -> i.is("RUN")));
    }

    @Test
    void shouldExposeThePortTheAppListensOnByDefault() {
        int exposed = Integer.parseInt(runtime.single(i -> i.is("EXPOSE")).arguments());
        String configured = applicationProperties().getProperty("server.port");
        int listening = configured != null ? Integer.parseInt(configured)
                : new TomcatServletWebServerFactory().getPort();

        assertThat(exposed).isEqualTo(listening);
        assertThat(URI.create(healthCheckUrl(Map.of())).getPort()).isEqualTo(exposed);
        assertThat(URI.create(healthCheckUrl(Map.of("SERVER_PORT", "9090"))).getPort()).isEqualTo(9090);
    }

    @Test
    void shouldInstallTheToolTheHealthCheckRuns() {
        String tool = healthCheckCommand().split(" ")[0];

        assertThat(runtime.indexOf(i -> i.is("RUN") && i.arguments().contains("apt-get install")
                && i.arguments().matches(".* " + tool + "( .*)?")))
                .isNotNegative().isLessThan(runtime.indexOf(i -> i.is("HEALTHCHECK")));
    }

    @Test
    void shouldInstallAFontForTheTeamChart() {
        assertThat(runtime.indexOf(i -> i.is("RUN") && i.arguments().contains("apt-get install")
                && i.arguments().contains(" fontconfig ") && i.arguments().contains("fonts-dejavu")))
                .isNotNegative();
    }

    @Test
    void shouldGiveTheJvmOptionsThatTheJvmAccepts() throws Exception {
        String options = runtime.env().get("JAVA_TOOL_OPTIONS");
        assertThat(options).contains("-XX:MaxRAMPercentage=");

        ProcessBuilder withOptions = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true);
        withOptions.environment().put("JAVA_TOOL_OPTIONS", options);
        Process checked = withOptions.start();
        String output = new String(checked.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(checked.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(checked.exitValue()).as(output).isZero();
        assertThat(output).contains("Picked up JAVA_TOOL_OPTIONS: " + options);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhileTheAppRuns {

        private ConfigurableApplicationContext app;
        private int port;

        /** Settings as command-line arguments, which override application.properties (builder properties do not). */
        @BeforeAll
        void start() {
            app = new SpringApplicationBuilder(FrameworkAdvisorApplication.class).run(
                    "--spring.profiles.active=test",
                    "--spring.main.web-application-type=servlet",
                    "--server.port=0",
                    "--advisor.console.enabled=false",
                    "--advisor.rules.watch=false");
            port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        }

        @AfterAll
        void stop() {
            if (app != null) {
                app.close();
            }
        }

        @Test
        void shouldServeTheHealthCheckPath() throws Exception {
            URI url = URI.create(healthCheckUrl(Map.of("SERVER_PORT", String.valueOf(port))));
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }

        @Test
        void shouldPassTheHealthCheckCommandOnlyWhileTheAppAnswers() throws Exception {
            Assumptions.assumeTrue(onPath("curl"), "curl is not installed here");

            assertThat(runHealthCheck(port)).isZero();
            assertThat(runHealthCheck(freePort())).as("Docker's code for unhealthy").isEqualTo(1);
        }

        /** The HEALTHCHECK's shell form, run as Docker runs it: /bin/sh -c, with the container's environment. */
        private int runHealthCheck(int serverPort) throws Exception {
            ProcessBuilder shell = new ProcessBuilder("/bin/sh", "-c", healthCheckCommand()).redirectErrorStream(true);
            shell.environment().remove("MANAGEMENT_SERVER_PORT");
            shell.environment().put("SERVER_PORT", String.valueOf(serverPort));
            Process check = shell.start();
            check.getInputStream().transferTo(System.out);
            assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return check.exitValue();
        }
    }

    @Test
    void shouldBuildTheComposeBotFromThisDockerfile() {
        Object build = service(compose(DOT_ENV), "bot").get("build");
        String context = build instanceof Map<?, ?> map ? (String) map.get("context") : (String) build;
        String file = build instanceof Map<?, ?> map && map.get("dockerfile") != null
                ? (String) map.get("dockerfile") : "Dockerfile";

        assertThat(COMPOSE.resolveSibling(context).resolve(file).normalize()).isEqualTo(DOCKERFILE.normalize());
    }

    @Test
    void shouldStoreConversationsInTheComposeDatabaseOnceItIsHealthy() {
        for (Map<String, String> env : List.of(DOT_ENV, with(DOT_ENV, "POSTGRES_USER", "u", "POSTGRES_DB", "d"))) {
            Map<String, Object> compose = compose(env);
            Map<String, Object> bot = service(compose, "bot");
            Map<String, String> settings = environment(bot);
            URI url = URI.create(settings.get("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
            String host = url.getHost();
            Map<String, Object> db = service(compose, host);
            Map<String, String> database = environment(db);

            assertThat(url.getScheme()).isEqualTo("postgresql");
            assertThat(db.get("image")).isEqualTo("postgres:16");
            assertThat(url.getPort()).isEqualTo(5432);
            assertThat(url.getPath()).isEqualTo("/" + database.get("POSTGRES_DB"));
            assertThat(settings).containsEntry("SPRING_DATASOURCE_USERNAME", database.get("POSTGRES_USER"))
                    .containsEntry("SPRING_DATASOURCE_PASSWORD", database.get("POSTGRES_PASSWORD"));
            assertThat(map(map(bot.get("depends_on")).get(host))).containsEntry("condition", "service_healthy");
            assertThat(map(db.get("healthcheck")).get("test").toString()).contains("pg_isready");
            String volume = ((List<?>) db.get("volumes")).get(0).toString();
            assertThat(volume).endsWith(":/var/lib/postgresql/data");
            assertThat(map(compose.get("volumes"))).containsKey(volume.substring(0, volume.indexOf(':')));
        }
    }

    @Test
    void shouldTakeEverySecretFromTheEnvironmentAndRequireIt() {
        Map<String, Object> raw = Compose.load(read(COMPOSE));
        Map<String, String> bot = environment(service(raw, "bot"));

        for (String setting : REQUIRED_BOT_SETTINGS) {
            Matcher required = REQUIRED_VARIABLE.matcher(bot.get(setting));
            assertThat(required.matches()).as("%s: %s", setting, bot.get(setting)).isTrue();
            Map<String, String> missing = new LinkedHashMap<>(DOT_ENV);
            missing.remove(required.group(1));
            assertThatThrownBy(() -> compose(missing)).hasMessageContaining(required.group(1));
        }
        map(raw.get("services")).forEach((name, service) -> environment(map(service)).forEach((setting, value) -> {
            if (setting.matches(".*(TOKEN|SECRET|PASSWORD).*")) {
                assertThat(value).as("%s of %s: no literal and no default", setting, name).matches(REQUIRED_VARIABLE);
            }
        }));
    }

    @Test
    void shouldPublishTheExposedPort() {
        String published = ((List<?>) service(compose(DOT_ENV), "bot").get("ports")).get(0).toString();

        assertThat(published.substring(published.lastIndexOf(':') + 1))
                .isEqualTo(runtime.single(i -> i.is("EXPOSE")).arguments());
    }

    @Test
    void shouldReadTheseFilesAsDockerAndComposeDo() {
        assertThat(Compose.interpolateText("$${A} ${A} ${B:-b} ${B-c} ${E-e} ${E:-f}", Map.of("A", "a", "E", "")))
                .isEqualTo("${A} a b c  f");
        assertThatThrownBy(() -> Compose.interpolateText("${A:?needed}", Map.of("A", "")))
                .hasMessage("A: needed");
        assertThat(Shell.expandDefaults("${X:-${Y:-8080}}", Map.of("Y", "1"))).isEqualTo("1");
        assertThat(DockerIgnore.parse("target\n!target/keep\n*.log").excludes("target/keep/a")).isFalse();
        Stage stage = Dockerfile.parse("# c\nFROM a:1 AS b\nRUN x \\\n  # c\n  && y\nENV K=\"v w\"\n").runtime();
        assertThat(stage.name()).isEqualTo("b");
        assertThat(stage.single(i -> i.is("RUN")).arguments()).isEqualTo("x && y");
        assertThat(stage.env()).containsEntry("K", "v w");
    }

    // ---- the Dockerfile's health check ----

    private String healthCheckCommand() {
        String arguments = runtime.single(i -> i.is("HEALTHCHECK")).arguments();
        int cmd = arguments.indexOf(" CMD ");
        assertThat(cmd).as("HEALTHCHECK ... CMD <shell command>").isPositive();
        return arguments.substring(cmd + " CMD ".length());
    }

    /** The URL the health check asks for, with the container's environment expanded as sh would. */
    private String healthCheckUrl(Map<String, String> environment) {
        Matcher url = Pattern.compile("http://[^\"'\\s]+").matcher(Shell.expandDefaults(healthCheckCommand(),
                environment));
        assertThat(url.find()).isTrue();
        return url.group();
    }

    // ---- files ----

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(APPLICATION_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String pom(String xpath) {
        List<String> values = pomList(xpath);
        assertThat(values).as(xpath).hasSize(1);
        return values.get(0);
    }

    private static List<String> pomList(String xpath) {
        try {
            Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, pom,
                    XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent().strip());
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException("reading " + xpath + " from pom.xml", e);
        }
    }

    /** A path of the image, placed under a temporary root that stands for the image's file system. */
    private static Path inside(Path root, Path imagePath) {
        return root.resolve(imagePath.toString().substring(1));
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- compose ----

    private static Map<String, Object> compose(Map<String, String> env) {
        return map(Compose.interpolate(Compose.load(read(COMPOSE)), env));
    }

    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        Map<String, Object> service = map(map(compose.get("services")).get(name));
        assertThat(service).as("service %s", name).isNotNull();
        return service;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service.get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    private static Map<String, String> with(Map<String, String> env, String... entries) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        for (int i = 0; i < entries.length; i += 2) {
            copy.put(entries[i], entries[i + 1]);
        }
        return copy;
    }

    // ---- a reader for the parts of the Dockerfile syntax that this project's Dockerfile uses ----

    /** One instruction, its continuation lines joined and comment lines dropped, as Docker reads it. */
    record Instruction(String keyword, String arguments) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        boolean is(String name) {
            return keyword.equals(name);
        }

        /** The exec (JSON array) form's elements, or the shell form's words. */
        List<String> exec() {
            return arguments.startsWith("[") ? List.of(JSON.readValue(arguments, String[].class))
                    : List.of(arguments.split(" "));
        }

        /** Leading {@code --name=value} options. */
        Map<String, String> flags() {
            Map<String, String> flags = new LinkedHashMap<>();
            for (String word : exec()) {
                if (!word.startsWith("--")) {
                    break;
                }
                int equals = word.indexOf('=');
                flags.put(word.substring(2, equals), word.substring(equals + 1));
            }
            return flags;
        }

        /** For COPY: the sources, normalised ("src/" is "src"). */
        List<String> sources() {
            List<String> operands = operands();
            return operands.subList(0, operands.size() - 1).stream().map(s -> Path.of(s).normalize().toString())
                    .toList();
        }

        /** For COPY: where it goes. */
        String destination() {
            return operands().get(operands().size() - 1);
        }

        private List<String> operands() {
            List<String> words = exec();
            return words.subList(flags().size(), words.size());
        }
    }

    record Stage(String image, String name, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.is(keyword)).toList();
        }

        Instruction single(Predicate<Instruction> which) {
            List<Instruction> found = instructions.stream().filter(which).toList();
            assertThat(found).as("one such instruction in the stage from %s", image).hasSize(1);
            return found.get(0);
        }

        int indexOf(Predicate<Instruction> which) {
            for (int i = 0; i < instructions.size(); i++) {
                if (which.test(instructions.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(Predicate<Instruction> which) {
            for (int i = instructions.size() - 1; i >= 0; i--) {
                if (which.test(instructions.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** The final WORKDIR (absolute in this Dockerfile). */
        Path workdir() {
            List<Instruction> workdirs = all("WORKDIR");
            assertThat(workdirs).as("WORKDIR in the stage from %s", image).isNotEmpty();
            return Path.of(workdirs.get(workdirs.size() - 1).arguments());
        }

        /** ENV name=value pairs, quotes removed. */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            Pattern pair = Pattern.compile("(\\w+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S*))");
            for (Instruction instruction : all("ENV")) {
                Matcher m = pair.matcher(instruction.arguments());
                while (m.find()) {
                    env.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
            return env;
        }
    }

    record Dockerfile(List<Stage> stages) {

        static Dockerfile parse(String text) {
            List<Stage> stages = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                boolean continued = line.endsWith("\\");
                pending.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
                if (!continued) {
                    add(stages, pending.toString().strip().replaceAll("\\s+", " "));
                    pending.setLength(0);
                }
            }
            assertThat(pending.toString()).as("a continuation line ends the Dockerfile").isBlank();
            return new Dockerfile(stages);
        }

        private static void add(List<Stage> stages, String line) {
            int space = line.indexOf(' ');
            String keyword = line.substring(0, space).toUpperCase();
            String arguments = line.substring(space + 1);
            if (keyword.equals("FROM")) {
                String[] words = arguments.split(" ");
                String name = words.length == 3 && words[1].equalsIgnoreCase("AS") ? words[2] : "";
                stages.add(new Stage(words[0], name, new ArrayList<>()));
            } else {
                assertThat(stages).as("%s before the first FROM", keyword).isNotEmpty();
                stages.get(stages.size() - 1).instructions().add(new Instruction(keyword, arguments));
            }
        }

        Stage runtime() {
            return stages.get(stages.size() - 1);
        }
    }

    /** .dockerignore as Docker applies it: patterns from the context root, a path is out if it or a parent
     * matches, {@code !} brings one back, and the last matching line wins. */
    record DockerIgnore(List<String> patterns) {

        static DockerIgnore parse(String text) {
            return new DockerIgnore(text.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        }

        boolean excludes(String path) {
            boolean excluded = false;
            for (String pattern : patterns) {
                boolean include = pattern.startsWith("!");
                String glob = Path.of(pattern.substring(include ? 1 : 0).replaceFirst("^/", "")).normalize()
                        .toString();
                var matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
                for (Path p = Path.of(path).normalize(); p != null; p = p.getParent()) {
                    if (matcher.matches(p)) {
                        excluded = !include;
                        break;
                    }
                }
            }
            return excluded;
        }
    }

    /** The ${NAME:-default} expansion of sh, the only kind the health check uses. */
    static final class Shell {

        private static final Pattern DEFAULT = Pattern.compile("\\$\\{(\\w+):-([^${}]*)}");

        static String expandDefaults(String command, Map<String, String> environment) {
            String expanded = command;
            for (Matcher m = DEFAULT.matcher(expanded); m.find(); m = DEFAULT.matcher(expanded)) {
                String value = environment.getOrDefault(m.group(1), "");
                expanded = expanded.substring(0, m.start()) + (value.isEmpty() ? m.group(2) : value)
                        + expanded.substring(m.end());
            }
            return expanded;
        }
    }

    /** docker compose's variable interpolation: $$, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}. */
    static final class Compose {

        private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{(\\w+)(?:(:?[-?])([^}]*))?}");

        static Map<String, Object> load(String yaml) {
            return map(new Yaml().load(yaml));
        }

        static Object interpolate(Object node, Map<String, String> env) {
            if (node instanceof Map<?, ?> map) {
                Map<Object, Object> result = new LinkedHashMap<>();
                map.forEach((key, value) -> result.put(key, interpolate(value, env)));
                return result;
            }
            if (node instanceof List<?> list) {
                return list.stream().map(value -> interpolate(value, env)).toList();
            }
            return node instanceof String text ? interpolateText(text, env) : node;
        }

        static String interpolateText(String text, Map<String, String> env) {
            Matcher m = VARIABLE.matcher(text);
            StringBuilder result = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(result, Matcher.quoteReplacement(value(m, env)));
            }
            return m.appendTail(result).toString();
        }

        private static String value(Matcher m, Map<String, String> env) {
            if (m.group().equals("$$")) {
                return "$";
            }
            String value = env.get(m.group(1));
            String operator = m.group(2) == null ? "" : m.group(2);
            boolean missing = operator.startsWith(":") ? value == null || value.isEmpty() : value == null;
            if (missing && operator.endsWith("?")) {
                throw new IllegalArgumentException(m.group(1) + ": " + m.group(3));
            }
            if (missing && operator.endsWith("-")) {
                return m.group(3);
            }
            return value == null ? "" : value;
        }
    }
}
