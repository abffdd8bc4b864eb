package com.frameworkadvisor.knowledge.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the rule base when a file in the rules folder changes. Changes are collected until the folder has been
 * quiet for the settle time, so an editor saving several files triggers one reload.
 */
public final class RuleFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleFileWatcher.class);

    private final RuleBase ruleBase;
    private final boolean enabled;
    private final Duration settle;
    private volatile WatchService watchService;
    private volatile Thread thread;

    public RuleFileWatcher(RuleBase ruleBase, boolean enabled, Duration settle) {
        this.ruleBase = ruleBase;
        this.enabled = enabled;
        this.settle = settle;
    }

    /** Only rules on disk can change under a running process; the jar's copy cannot, so it is not watched. */
    @Override
    public synchronized void start() {
        Path folder = ruleBase.source().directory().orElse(null);
        if (!enabled || folder == null || thread != null) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot watch {} for rule changes; reload on demand still works: {}", folder, e.getMessage());
            watchService = null;
            return;
        }
        thread = new Thread(this::watch, "rule-file-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule changes", folder);
    }

    private void watch() {
        WatchService service = watchService;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                boolean changed = drain(key);
                // Wait for the folder to settle: every further event restarts the quiet period.
                WatchKey more;
                while ((more = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    ruleBase.reload();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = key.pollEvents().stream()
                .map(event -> String.valueOf(event.context()))
                .anyMatch(name -> name.endsWith(".drl") || name.endsWith(".json"));
        key.reset();
        return relevant;
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("Closing the rule watcher failed", e);
            }
            watchService = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
