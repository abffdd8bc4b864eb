package com.frameworkadvisor.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.util.FileSystemUtils;

/**
 * What storing every turn costs, on H2 (the default, a file) and on PostgreSQL (embedded, a real server): turns per
 * second through {@code ConversationService}, which stores the state before it returns, and the space taken by
 * 10,000 stored conversations.
 *
 * <p>Both applications run side by side in this JVM and the measured rounds alternate between them, so neither gets
 * a better-warmed JIT. Driving 10,000 whole interviews through the engine would take minutes, so the conversations
 * beyond the measured rounds are replayed: the states one real interview per script went through, written with the
 * same load and save per turn that the service does, only without the engine. That also measures the storage alone.
 * Turns per second depend on the machine and on whatever else runs on it; the sizes do not.
 */
class StorageBenchmark implements Benchmark {

    private static final int THREADS = 4;
    private static final int WARM_UP_CONVERSATIONS = 300;
    private static final int ROUNDS = 3;
    private static final int CONVERSATIONS_PER_ROUND = 400;
    private static final int STORED = 10_000;
    private static final double MIB = 1 << 20;
    private static final String H2_RUNNING = "file, application running";

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public void run() throws Exception {
        long started = System.nanoTime();
        Path folder = Files.createTempDirectory("advisor-storage");
        try (EmbeddedPostgres postgres = QuietPostgres.start()) {
            H2File h2 = H2File.in(folder);
            // Flyway's schema alone, as H2 leaves the file when the application closes.
            RunningAdvisor.start(h2.url(), H2File.USER, "").close();
            long h2Empty = h2.size();
            Target onH2;
            Target onPostgres;
            String h2ChunkFill;
            try (RunningAdvisor h2Advisor = RunningAdvisor.start(h2.url(), H2File.USER, "");
                 RunningAdvisor pgAdvisor = RunningAdvisor.start(QuietPostgres.url(postgres), QuietPostgres.USER,
                         "")) {
                onH2 = new Target("H2 (file)", h2Advisor);
                onPostgres = new Target("PostgreSQL (embedded)", pgAdvisor);
                long postgresEmpty = tableSize(pgAdvisor);
                long postgresDatabaseEmpty = databaseSize(pgAdvisor);
                List<Target> both = List.of(onH2, onPostgres);
                for (Target target : both) {
                    target.record();
                    target.interviews(WARM_UP_CONVERSATIONS, new Latencies());
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (Target target : both) {
                        target.rounds.add(target.interviews(CONVERSATIONS_PER_ROUND, target.latencies));
                    }
                }
                for (Target target : both) {
                    target.replayUpTo(STORED);
                }
                onH2.sizes.put(H2_RUNNING, h2.size() - h2Empty);
                h2ChunkFill = h2Advisor.jdbc().sql("""
                        SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS
                        WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'""").query(String.class).optional().orElse("?");
                onPostgres.sizes.put("conversations table with TOAST and index, as the run left it",
                        tableSize(pgAdvisor) - postgresEmpty);
                pgAdvisor.jdbc().sql("VACUUM FULL conversations").update();
                onPostgres.sizes.put("conversations table with TOAST and index, after VACUUM FULL",
                        tableSize(pgAdvisor) - postgresEmpty);
                onPostgres.sizes.put("whole database (pg_database_size), after VACUUM FULL",
                        databaseSize(pgAdvisor) - postgresDatabaseEmpty);
                onH2.averageState = h2Advisor.jdbc().sql("SELECT AVG(LENGTH(state)) FROM conversations")
                        .query(Double.class).single();
            }
            // Closing compacts for at most a moment (H2's default); SHUTDOWN COMPACT copies the live data to a new
            // file, compressed, so it is the least the data can take, not what H2 keeps while in use.
            onH2.sizes.put("file, after the application closed", h2.size() - h2Empty);
            try (Connection connection = DriverManager.getConnection(h2.url(), H2File.USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            onH2.sizes.put("file, after SHUTDOWN COMPACT (rewritten compressed)", h2.size() - h2Empty);

            throughputTable(onH2, onPostgres).print();
            sizeTable(onH2, onPostgres).print();
            System.out.printf("""
                    Each database held exactly %,d conversations: %,d interviews through ConversationService \
                    (%d recorded, one per script, %d warm-up, %d rounds of %d) and %,d replayed through \
                    ConversationStore, %,d turns written in all.
                    Sizes are net of the empty schema (the H2 file alone is %,d bytes). H2's file grows with the turns written, \
                    not the conversations kept: %,.0f bytes per turn; its chunks were %s%% live at the end. \
                    Section took %.0f s.
                    """, STORED, onH2.throughService, ScriptedInterview.ALL.size(), WARM_UP_CONVERSATIONS, ROUNDS,
                    CONVERSATIONS_PER_ROUND, onH2.replayed, onH2.turnsWritten, h2Empty,
                    (double) onH2.sizes.get(H2_RUNNING) / onH2.turnsWritten, h2ChunkFill,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static long tableSize(RunningAdvisor postgres) {
        return postgres.jdbc().sql("SELECT pg_total_relation_size('conversations')").query(Long.class).single();
    }

    private static long databaseSize(RunningAdvisor postgres) {
        return postgres.jdbc().sql("SELECT pg_database_size(current_database())").query(Long.class).single();
    }

    private static Table throughputTable(Target... targets) {
        Table table = new Table("Storage: turns through ConversationService (each stored and made durable before the next), "
                + THREADS + " threads, " + ROUNDS + " rounds of " + CONVERSATIONS_PER_ROUND + " whole interviews",
                "database", "turns/s (median)", "min - max", "mean latency", "p50", "p99", "turns/round",
                "storage alone (turns/s)");
        for (Target target : targets) {
            List<Double> rates = target.rounds.stream().map(Parallel.Run::perSecond).sorted().toList();
            table.row(target.name, String.format("%.0f", rates.get(rates.size() / 2)),
                    String.format("%.0f - %.0f", rates.get(0), rates.get(rates.size() - 1)),
                    target.latencies.meanMillis(), target.latencies.percentileMillis(50),
                    target.latencies.percentileMillis(99), target.rounds.get(0).units(),
                    String.format("%.0f", target.replay.perSecond()));
        }
        return table;
    }

    private static Table sizeTable(Target h2, Target postgres) {
        Table table = new Table("Storage: space taken by " + String.format("%,d", STORED) + " stored conversations",
                "database", "measured", "bytes", "bytes per conversation", "MiB per 10,000");
        for (Target target : List.of(h2, postgres)) {
            target.sizes.forEach((what, bytes) -> sizeRow(table, target.name, what, bytes));
        }
        sizeRow(table, "either", "the state itself (JSON text, average length)", h2.averageState * STORED);
        return table;
    }

    private static void sizeRow(Table table, String database, String what, double bytes) {
        table.row(database, what, String.format("%,.0f", bytes), String.format("%,.0f", bytes / STORED),
                String.format("%.1f", bytes / STORED * 10_000 / MIB));
    }

    /** One database with the application on it, and what was measured there. */
    private static final class Target {
        private final String name;
        private final RunningAdvisor advisor;
        private final List<Parallel.Run> rounds = new ArrayList<>();
        private final Latencies latencies = new Latencies();
        private final Map<String, Long> sizes = new LinkedHashMap<>();
        private final AtomicLong chats = new AtomicLong();
        private final Map<ScriptedInterview, List<String>> recorded = new HashMap<>();
        private long throughService;
        private long replayed;
        private long turnsWritten;
        private Parallel.Run replay;
        private double averageState;

        Target(String name, RunningAdvisor advisor) {
            this.name = name;
            this.advisor = advisor;
        }

        /** The states one interview per script goes through, turn by turn, as the service stores them. */
        void record() {
            for (ScriptedInterview script : ScriptedInterview.ALL) {
                String chatKey = ScriptedInterview.chatKey(chats.incrementAndGet());
                List<String> states = new ArrayList<>();
                script.play(advisor, chatKey,
                        latency -> states.add(advisor.store().load(chatKey).orElseThrow().state()));
                recorded.put(script, states);
                turnsWritten += states.size();
                throughService++;
            }
        }

        /** Whole interviews through the service, as many chats at once as there are threads. */
        Parallel.Run interviews(int count, Latencies into) throws Exception {
            throughService += count;
            Parallel.Run run = Parallel.run(THREADS, count, i -> {
                long chat = chats.incrementAndGet();
                return ScriptedInterview.playConversation(advisor, chat, ScriptedInterview.MAX_TURNS, into::add);
            });
            turnsWritten += run.units();
            return run;
        }

        /** Stores recorded interviews, turn by turn, until {@code total} conversations are stored. */
        void replayUpTo(int total) throws Exception {
            replayed = total - advisor.storedConversations();
            replay = Parallel.run(THREADS, (int) replayed, i -> {
                long chat = chats.incrementAndGet();
                String chatKey = ScriptedInterview.chatKey(chat);
                List<String> states = recorded.get(ScriptedInterview.forConversation(chat));
                long version = 0;
                for (String state : states) {
                    advisor.store().load(chatKey); // as the service does before every turn
                    version = advisor.store().save(chatKey, state, version);
                    advisor.awaitDurable(); // as each measured turn is
                }
                return states.size();
            });
            turnsWritten += replay.units();
            if (advisor.storedConversations() != total) {
                throw new IllegalStateException(name + " holds " + advisor.storedConversations() + " conversations");
            }
        }

    }
}
