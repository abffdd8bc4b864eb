package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.benchmark.BotUnderLoad.Round;
import com.frameworkadvisor.benchmark.ThroughputReport.Measured;
import com.frameworkadvisor.telegram.fake.CallFeed;
import com.frameworkadvisor.telegram.fake.FakeBotApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Updates per second and turn latency through the whole path: the fake Bot API on loopback, the real TelegramBots
 * client, polling, the conversation with its rules and its H2 file database, the outbox and the sender. The same
 * simulated users also talk to a bare echo bot on the same client and the same fake, the ceiling that the
 * advisor's throughput is given as a share of. Echo and advisor rounds alternate, so the machine's noise falls on
 * both.
 *
 * <p>{@code JAVA_TOOL_OPTIONS=-Dbenchmark.throughput.transcript=true} prints the calibration's conversation.
 */
final class ThroughputBenchmark implements Benchmark {

    private static final String TOKEN = "123456789:AAHfakeTokenForBenchmarkOnly_abcdefghij";
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(1);
    private static final int ROUNDS = 3;
    private static final int MIN_WARM_UP_ROUNDS = 3;
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(75);
    /** Warm enough when the JIT compiles for less than this share of a round's time. */
    private static final double WARM_ENOUGH = 0.2;
    /** An interview in free text: three answers, two skips, two follow-ups. */
    static final List<String> INTERVIEW = List.of("/start", "it's an online shop", "large",
            "admin panel and user accounts", "skip", "skip", "why not flask?", "/summary");
    /** Telegram's limits raised out of the way, so that the bot's own processing is what is measured. */
    static final List<String> SETTINGS = List.of(
            "telegram.sending.per-second=1000000",
            "telegram.sending.per-chat-burst=1000000",
            "telegram.sending.per-chat-interval=1ms",
            "telegram.polling.timeout=" + POLL_TIMEOUT.toSeconds() + "s",
            "telegram.polling.minimum-interval=0ms");
    /** About one message a second per chat. */
    private static final ChatLoad.Pacing THINKING = new ChatLoad.Pacing(Duration.ofMillis(250),
            Duration.ofMillis(1750));

    /**
     * One load: how many chats at once, how many interviews each runs in a round, how many of the interview's
     * messages (all, or the first few when there are many chats, to keep the round short), and the think time.
     */
    private record Level(String label, int chats, int interviews, int turns, ChatLoad.Pacing pacing) {

        Round run(BotUnderLoad bot) throws InterruptedException {
            return bot.round(chats, interviews, turns, pacing);
        }

        Measured measured() {
            return new Measured(label, chats, chats * interviews * turns, !pacing.isNone());
        }
    }

    private static final List<Level> LEVELS = List.of(
            new Level("1", 1, 15, INTERVIEW.size(), ChatLoad.Pacing.NONE),
            new Level("10", 10, 3, INTERVIEW.size(), ChatLoad.Pacing.NONE),
            new Level("100", 100, 1, INTERVIEW.size(), ChatLoad.Pacing.NONE),
            new Level("1,000", 1000, 1, 2, ChatLoad.Pacing.NONE),
            new Level("100, ~1 message/s each", 100, 1, INTERVIEW.size(), THINKING));
    private static final Level WARM_UP = new Level("warm-up", 100, 1, INTERVIEW.size(), ChatLoad.Pacing.NONE);

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public void run() throws Exception {
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        try (FakeBotApi echoApi = FakeBotApi.start(TOKEN); FakeBotApi advisorApi = FakeBotApi.start(TOKEN);
             EchoBot echoBot = EchoBot.start(echoApi, TOKEN, POLL_TIMEOUT);
             AdvisorBot advisorBot = AdvisorBot.start(advisorApi, TOKEN, SETTINGS)) {
            progress(started, "bots started");
            BotUnderLoad echo = new BotUnderLoad("echo", echoApi, ChatScript.oneReplyEach(INTERVIEW),
                    echoBot::failure, null);
            ChatScript script = calibrate(advisorApi);
            BotUnderLoad advisor = new BotUnderLoad("advisor", advisorApi, script, () -> null,
                    advisorBot.context().getBean(MeterRegistry.class));
            progress(started, "calibrated");
            warmUp(echo, advisor, started);
            checkTheFakeAnswersPromptly(echo);

            ThroughputReport report = new ThroughputReport(ROUNDS);
            for (Level level : LEVELS) {
                Measured measured = level.measured();
                for (int round = 0; round < ROUNDS; round++) {
                    if (round % 2 == 0) {
                        measured.echo().add(level.run(echo));
                        measured.advisor().add(level.run(advisor));
                    } else {
                        measured.advisor().add(level.run(advisor));
                        measured.echo().add(level.run(echo));
                    }
                }
                report.add(measured);
                progress(started, level.label() + " chats measured");
            }
            report.print();
            printMethod(script, loadBefore);
        }
    }

    private static ChatScript calibrate(FakeBotApi advisorApi) throws InterruptedException {
        return ChatScript.calibrate(advisorApi, CallFeed.of(advisorApi), INTERVIEW,
                1, Duration.ofMillis(200), Boolean.getBoolean("benchmark.throughput.transcript"));
    }

    /**
     * Warms up the JIT, the connection pools and the database until the compiler is mostly done: the advisor's
     * rate climbs for ten thousand updates or so (much of the compiling is H2's storage code), and rounds measured
     * before that would mostly measure the compiler.
     */
    private static void warmUp(BotUnderLoad echo, BotUnderLoad advisor, long started) throws InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + WARM_UP_LIMIT.toNanos();
        List<String> rates = new ArrayList<>();
        double compiling;
        do {
            WARM_UP.run(echo);
            long compiledBefore = compiler.getTotalCompilationTime();
            ChatLoad.Result round = WARM_UP.run(advisor).result();
            compiling = (compiler.getTotalCompilationTime() - compiledBefore) / (round.wallNanos() / 1e6);
            rates.add(String.format(Locale.ROOT, "%.0f", round.updatesPerSecond()));
        } while ((rates.size() < MIN_WARM_UP_ROUNDS || compiling > WARM_ENOUGH) && System.nanoTime() < deadline);
        progress(started, String.format(Locale.ROOT, "warmed up: %d rounds of 100 chats, advisor %s updates/s;"
                + " the JIT compiled for %.0f%% of the last round", rates.size(), String.join(", ", rates),
                100 * compiling));
    }

    /** One chat against the echo bot: with Nagle's algorithm on in the fake, a turn takes 40 ms instead of ~1. */
    private static void checkTheFakeAnswersPromptly(BotUnderLoad echo) throws InterruptedException {
        double medianMs = echo.round(1, 3, INTERVIEW.size(), ChatLoad.Pacing.NONE).result().percentileNanos(50) / 1e6;
        if (medianMs > 20) {
            System.out.printf(Locale.ROOT, "throughput: WARNING: the echo bot needs %.0f ms a turn; the fake's"
                    + " HttpServer was probably started before -Dsun.net.httpserver.nodelay=true took effect, and"
                    + " every figure below includes ~40 ms delayed ACKs per call%n", medianMs);
        }
    }

    private static void printMethod(ChatScript script, String loadBefore) {
        new Table("Throughput and latency: how they were measured", "what", "how")
                .row("users", "each chat writes its next message once the bot's answer to the last one has arrived:"
                        + " at once (closed loop, measures throughput) or after thinking 0.25-1.75 s (uniform,"
                        + " seeded): about one message a second per chat, 100 updates/s offered by 100 chats")
                .row("interview", String.join(" | ", script.messages()))
                .row("", "1,000 chats: only the first 2 messages per round, to keep the section short")
                .row("turn", "ends at the last request the bot makes in the chat for that message; advisor requests"
                        + " per message " + Arrays.toString(script.firstReplies()) + " (sendMessage/editMessageText,"
                        + " learnt beforehand), echo 1 (sendMessage)")
                .row("1st reply", "queued -> the first of the turn's replies; the rest of a turn is sending the second")
                .row("handling/update", "mean of the advisor's own advisor_updates_handling_seconds in the round: the"
                        + " transaction (rules, conversation, outbox), not polling or sending")
                .row("CPU ms/update", "the whole JVM's CPU time in the round (bot, fake, load driver, JIT) per update:"
                        + " less sensitive than rates to other work on the machine")
                .row("echo bot", "one thread: getUpdates, then one sendMessage per text update; OkHttpTelegramClient"
                        + " with the bot's OkHttp settings; no database")
                .row("advisor settings", String.join(" ", SETTINGS.stream().map(s -> "--" + s).toList()))
                .row("", "(Telegram's sending limits raised out of the way)")
                .row("database", "H2 file in a temporary folder (as application.properties), a checkpoint per polled batch")
                .row("rounds", ROUNDS + " per level, echo and advisor alternating (echo first in rounds 1 and 3), after"
                        + " warm-up rounds of 100 chats until the JIT is mostly done; fresh chat ids every round")
                .row("fake Bot API", "-Dsun.net.httpserver.nodelay=true (no 40 ms delayed-ACK stalls)")
                .row("load average", "before " + loadBefore + ", after " + loadAverage())
                .print();
    }

    private static void progress(long started, String what) {
        System.out.printf(Locale.ROOT, "throughput: %s after %.0f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    /** Other work on the machine shows here: the numbers are only as quiet as the machine was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
