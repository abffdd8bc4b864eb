package com.frameworkadvisor.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.util.FileSystemUtils;

/**
 * The heap taken by conversations in progress. A conversation's state lives in the database between turns, not in
 * the application, so the heap should stay flat however many are open. H2 runs inside this JVM, so its page cache
 * (bounded, 16 MiB by default) and its file bookkeeping are on the same heap, and the table shows them; on
 * PostgreSQL the heap is the application's alone.
 */
class MemoryBenchmark implements Benchmark {

    private static final int THREADS = 4;
    private static final int WARM_UP_INTERVIEWS = 200;
    /** /start, the first message in the user's own words, then one button: two or more questions answered. */
    private static final int TURNS_IN = 3;
    private static final List<Integer> CHECKPOINTS = List.of(2_500, 5_000, 10_000);
    private static final int GC_PASSES = 4;
    private static final double MIB = 1 << 20;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run() throws Exception {
        long started = System.nanoTime();
        Table table = new Table("Memory: used heap after a forced GC, with conversations in progress (each after /start"
                + " and " + (TURNS_IN - 1) + " answering turns)",
                "database", "point", "conversations in progress", "used heap", "change since warm-up",
                "H2: page cache, chunks in its file");
        List<String> perConversation = new ArrayList<>();
        Path folder = Files.createTempDirectory("advisor-memory");
        try {
            H2File h2 = H2File.in(folder);
            try (RunningAdvisor advisor = RunningAdvisor.start(h2.url(), H2File.USER, "")) {
                perConversation.add(measure("H2 (file)", advisor, true, table));
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        try (EmbeddedPostgres postgres = QuietPostgres.start();
             RunningAdvisor advisor = RunningAdvisor.start(QuietPostgres.url(postgres), QuietPostgres.USER, "")) {
            perConversation.add(measure("PostgreSQL (embedded)", advisor, false, table));
        }
        table.print();
        System.out.printf("Heap per conversation in progress (change from warm-up to %,d, divided by %,d): %s."
                        + " Section took %.0f s.%n", last(), last(), String.join("; ", perConversation),
                (System.nanoTime() - started) / 1e9);
    }

    /** Adds the rows for one database; returns the heap per conversation in progress, for the summary. */
    private static String measure(String database, RunningAdvisor advisor, boolean h2, Table table) throws Exception {
        AtomicLong chats = new AtomicLong();
        long idle = usedHeapAfterGc();
        table.row(database, "idle, just started", 0, mib(idle), "", h2 ? h2(advisor) : "-");
        Parallel.run(THREADS, WARM_UP_INTERVIEWS, i -> {
            long chat = chats.incrementAndGet();
            return ScriptedInterview.playConversation(advisor, chat, ScriptedInterview.MAX_TURNS, latency -> { });
        });
        long warm = usedHeapAfterGc();
        table.row(database, "after " + WARM_UP_INTERVIEWS + " whole interviews (warm-up)", 0, mib(warm), "",
                h2 ? h2(advisor) : "-");
        long used = warm;
        int open = 0;
        for (int checkpoint : CHECKPOINTS) {
            Parallel.run(THREADS, checkpoint - open, i -> {
                long chat = chats.incrementAndGet();
                return ScriptedInterview.playConversation(advisor, chat, TURNS_IN, latency -> { });
            });
            open = checkpoint;
            used = usedHeapAfterGc();
            table.row(database, "in progress", String.format("%,d", inInterview(advisor)), mib(used),
                    String.format("%+.1f MiB", (used - warm) / MIB), h2 ? h2(advisor) : "-");
        }
        return String.format("%s %,.0f bytes", database, (double) (used - warm) / open);
    }

    private static int last() {
        return CHECKPOINTS.get(CHECKPOINTS.size() - 1);
    }

    /** Counted in the database: the conversations stored with an open interview. */
    private static long inInterview(RunningAdvisor advisor) {
        return advisor.jdbc().sql("SELECT COUNT(*) FROM conversations WHERE state LIKE '%\"stage\":\"INTERVIEW\"%'")
                .query(Long.class).single();
    }

    /**
     * H2's page cache in use against its maximum (whole MiB, as H2 reports it), and the chunks of its file: H2 keeps
     * a little bookkeeping on the heap for every chunk, and writes a chunk for every commit.
     */
    private static String h2(RunningAdvisor advisor) {
        Map<String, String> info = new HashMap<>();
        advisor.jdbc().sql("""
                        SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS
                        WHERE SETTING_NAME IN ('info.CACHE_SIZE', 'info.CACHE_MAX_SIZE', 'info.CHUNK_COUNT')""")
                .query((row, n) -> info.put(row.getString(1), row.getString(2))).list();
        return String.format("%s of %s MiB, %,d chunks", info.get("info.CACHE_SIZE"), info.get("info.CACHE_MAX_SIZE"),
                Long.parseLong(info.getOrDefault("info.CHUNK_COUNT", "0")));
    }

    /** The heap in use once the garbage is gone: several full collections, since one may leave some behind. */
    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < GC_PASSES; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / MIB);
    }
}
