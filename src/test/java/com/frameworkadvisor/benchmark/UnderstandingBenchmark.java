package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.followup.IntentDetector;
import com.frameworkadvisor.conversation.interview.parsing.FreeTextAnswerParser;
import com.frameworkadvisor.understanding.LoadingRecogniser;
import com.frameworkadvisor.understanding.MeaningRecogniser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The understanding step: how long the sentence model and the example phrasings take to load, the heap they
 * hold, and the time to hear one follow-up (encode the message, search the examples, read its details), over
 * the labelled development messages.
 */
final class UnderstandingBenchmark implements Benchmark {

    private static final int ROUNDS = 5;

    @Override
    public String name() {
        return "understanding";
    }

    @Override
    public void run() throws Exception {
        long heapBefore = usedHeapAfterGc();
        long residentBefore = residentBytes();
        long started = System.nanoTime();
        LoadingRecogniser loading = LoadingRecogniser.start(() -> Optional.of(Path.of("rules")));
        MeaningRecogniser recogniser = loading.awaitLoaded();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long heapHeld = usedHeapAfterGc() - heapBefore;
        long residentGrowth = residentBytes() - residentBefore;

        IntentDetector detector = new IntentDetector(new Texts(Locale.ENGLISH),
                new FreeTextAnswerParser(Locale.ENGLISH), () -> recogniser);
        List<Map<String, Object>> labelled = JsonMapper.builder().build().readValue(
                Path.of("src/test/resources/understanding/development.json").toFile(), new TypeReference<>() { });
        List<String> messages = labelled.stream().filter(m -> m.get("meaning") != null)
                .map(m -> (String) m.get("text")).toList();
        messages.forEach(m -> detector.detect(m, false));
        Latencies latencies = new Latencies();
        for (int round = 0; round < ROUNDS; round++) {
            for (String message : messages) {
                long t0 = System.nanoTime();
                detector.detect(message, false);
                latencies.add(System.nanoTime() - t0);
            }
        }
        new Table("Understanding: the sentence model (all-MiniLM-L6-v2, quantised) in the JVM", "measure", "value")
                .row("model and example phrasings loaded (first load in this JVM)", loadMillis + " ms")
                .row("heap held by them after GC", heapHeld / (1024 * 1024) + " MiB")
                .row("process memory (RSS) grown by loading, ONNX Runtime's native memory included",
                        residentGrowth < 0 ? "-" : residentGrowth / (1024 * 1024) + " MiB")
                .row("messages heard, " + ROUNDS + " rounds of the development set", ROUNDS * messages.size())
                .row("per message, median", latencies.percentileMillis(50))
                .row("per message, p90", latencies.percentileMillis(90))
                .row("per message, p99", latencies.percentileMillis(99))
                .print();
    }

    /** The process's resident memory, from /proc on Linux; -1 where there is none. */
    private static long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
