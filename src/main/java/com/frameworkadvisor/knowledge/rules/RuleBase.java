package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.support.Futures;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules currently serving. Built once at start-up, where any problem fails fast; a reload builds the new
 * rule base completely before swapping it in atomically, so a broken edit leaves the previous rules serving.
 */
public final class RuleBase {

    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);

    private final RuleSource source;
    private final RuleCompiler compiler;
    private final CompletableFuture<CompiledRules> first;
    private final AtomicReference<CompiledRules> current = new AtomicReference<>();
    private volatile Duration firstCompilation = Duration.ZERO;

    /** Compiles the rules now; a problem in them is thrown from here. */
    public RuleBase(RuleSource source, RuleCompiler compiler) {
        this.source = source;
        this.compiler = compiler;
        this.first = CompletableFuture.completedFuture(compileFirst());
    }

    private RuleBase(RuleSource source, RuleCompiler compiler, Executor executor) {
        this.source = source;
        this.compiler = compiler;
        this.first = CompletableFuture.supplyAsync(this::compileFirst, executor);
    }

    private CompiledRules compileFirst() {
        long started = System.nanoTime();
        CompiledRules rules = compiler.compile(source);
        firstCompilation = Duration.ofNanos(System.nanoTime() - started);
        current.set(rules);
        log.info("Loaded {} rules from {} in {} ms", rules.rules().size(), source.description(),
                firstCompilation.toMillis());
        return rules;
    }

    /**
     * Starts compiling the rules on a thread of their own and returns at once. Compiling takes over a second
     * (Drools' own start-up included), which the application's start can spend on everything else meanwhile.
     * The first use waits for it; {@link #awaitFirst()} is where a start-up should wait, and a problem in the
     * rules is thrown there.
     */
    public static RuleBase compiling(RuleSource source, RuleCompiler compiler) {
        return new RuleBase(source, compiler, task -> {
            Thread thread = new Thread(task, "rule-compiler");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** How long the first compilation took, wherever it ran; zero until it is done. */
    public Duration firstCompilation() {
        return firstCompilation;
    }

    /** Waits until the first compilation is done, and throws its problem if it failed. */
    public CompiledRules awaitFirst() {
        return Futures.join(first);
    }

    public CompiledRules current() {
        CompiledRules rules = current.get();
        return rules != null ? rules : awaitFirst();
    }

    public RuleSource source() {
        return source;
    }

    /** Rebuilds from the source; serialised so two reloads never race to swap. */
    public synchronized ReloadResult reload() {
        awaitFirst();
        try {
            CompiledRules fresh = compiler.compile(source);
            current.set(fresh);
            log.info("Reloaded {} rules from {}", fresh.rules().size(), source.description());
            return ReloadResult.applied(fresh.rules().size());
        } catch (RuleCompilationException e) {
            log.warn("Rule reload refused; the previous {} rules keep serving. {}",
                    current.get().rules().size(), e.getMessage());
            return ReloadResult.refused(current.get().rules().size(), e.problems());
        }
    }
}
