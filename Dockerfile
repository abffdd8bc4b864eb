# Framework Advisor as a container: built from source, so `docker build .` needs nothing but Docker.
# Configured only through environment variables (README, "Configuration" and "Docker"). DockerfileTests checks
# what this file relies on (paths, jar name, user, ports, health path, JVM options), since no image is built in CI.

# ---- build: the executable jar, made with the same wrapper command as on a developer's machine ----
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /build

# The wrapper and the pom first, so the dependency layer is rebuilt only when they change, not on every edit.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline

# rules/ is packaged into the jar as well (a resource folder in pom.xml), so the build needs it.
COPY src/ src/
COPY rules/ rules/
# Then unpacked into the application jar and its libraries, as Spring recommends for production: loading classes
# from plain jars starts about a second sooner than from the nested jar (BENCHMARKS.md, "Start-up").
RUN ./mvnw -B -ntp package -DskipTests \
    && java -Djarmode=tools -jar target/framework-advisor.jar extract --destination target/extracted

# ---- runtime: a JRE, the jar and the rules, run by an unprivileged user ----
# Java 25's runtime for code built for Java 17 (the test suite passes on both): its ahead-of-time cache, written
# by a training start below, brings the start to ready from about 3.2 s to 2.0 s (BENCHMARKS.md, "Start-up").
FROM eclipse-temurin:25-jre-noble

# curl, for the HEALTHCHECK below. Temurin's Java 25 images do not carry it (their older ones had it only as a
# leftover), so it is installed here.
# The alternatives are worse: the JRE cannot run a single-file Java program (that needs jdk.compiler), and a
# compiled Java checker would start a second JVM, with its own heap, inside the memory limit at every check.
# fontconfig and a font, for the team decision's chart: it is drawn off-screen (headless, no display), but its
# labels still need a font the JVM can find through fontconfig.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# A fixed UID/GID, so a host folder mounted at /app/data can be given to it (chown 10001:10001), and USER is
# numeric so that Kubernetes' runAsNonRoot can verify it without reading /etc/passwd.
RUN groupadd --gid 10001 advisor \
    && useradd --uid 10001 --gid 10001 --create-home --home-dir /home/advisor --shell /usr/sbin/nologin advisor

# The working directory is what the app's defaults are relative to: ./rules (the rules it serves, when the
# folder exists) and ./data (the H2 database when no SPRING_DATASOURCE_URL is set, and the terminal chat's log).
# The jar and the rules stay owned by root, read-only to the app; mount your own folder over /app/rules to
# replace the rules (they are reloaded when they change).
WORKDIR /app
# The libraries change less often than the application: a layer of their own is reused across releases. The
# jar's manifest finds them in lib/ beside it.
COPY --from=build /build/target/extracted/lib/ /app/lib/
COPY --from=build /build/target/extracted/framework-advisor.jar /app/app.jar
COPY rules/ /app/rules/

# Read by the JVM itself, so they apply with the exec-form ENTRYPOINT and can be replaced with `docker run -e`:
# the heap follows the container's memory limit, and an OutOfMemoryError ends the process (for the restart
# policy) instead of leaving it half-working. Set before the training start, so that it runs as the app will.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# The training start: the app starts as far as ready and stops (spring.context.exit), and the JVM writes the
# classes it loaded and linked to the AOT cache that every later start maps in. It needs no network and no
# secret: no token, no web server, no terminal chat, an in-memory database. Its log in ./data is removed. Should
# the cache ever not match the JVM it runs on, the JVM says so and starts without it.
RUN java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/app.jar \
        --spring.main.web-application-type=none --advisor.console.enabled=false --advisor.rules.watch=false \
        --spring.datasource.url=jdbc:h2:mem:training --advisor.rules.path=/app/rules \
    && rm -rf /app/data

# Created and chowned before VOLUME: changes to a volume's path after it is declared are discarded.
RUN mkdir -p /app/data && chown 10001:10001 /app/data
VOLUME ["/app/data"]

EXPOSE 8080

# Readiness, on the port the app listens on (SERVER_PORT, or MANAGEMENT_SERVER_PORT when actuator has its own).
# curl -f fails on the 503 of an app that is DOWN; `|| exit 1` because Docker reserves every other exit code.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}/actuator/health/readiness" || exit 1

USER 10001:10001
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
