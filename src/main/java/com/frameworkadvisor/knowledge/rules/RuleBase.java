package com.frameworkadvisor.knowledge.rules;

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
    private final AtomicReference<CompiledRules> current;

    public RuleBase(RuleSource source, RuleCompiler compiler) {
        this.source = source;
        this.compiler = compiler;
        this.current = new AtomicReference<>(compiler.compile(source));
        log.info("Loaded {} rules from {}", current.get().rules().size(), source.description());
    }

    public CompiledRules current() {
        return current.get();
    }

    public RuleSource source() {
        return source;
    }

    /** Rebuilds from the source; serialised so two reloads never race to swap. */
    public synchronized ReloadResult reload() {
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
