package com.frameworkadvisor.conversation;

import com.frameworkadvisor.session.ConversationStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes conversations that have been idle longer than the expiry: the data is kept no longer than needed. Runs
 * every {@link ConversationProperties#retentionCheck()}, in the terminal and in either Telegram mode alike.
 */
public final class ConversationRetention implements SchedulingConfigurer {

    /** The first look waits until the start-up is well over. */
    static final Duration FIRST_CHECK = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

    private final ConversationStore store;
    private final Clock clock;
    private final ConversationProperties settings;

    public ConversationRetention(ConversationStore store, Clock clock, ConversationProperties settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::deleteExpired, settings.retentionCheck(), FIRST_CHECK));
    }

    public int deleteExpired() {
        int deleted = store.deleteNotUpdatedSince(settings.idleCutoff(clock.instant()));
        if (deleted > 0) {
            log.info("Deleted {} conversation(s) idle for more than {}", deleted, settings.idleExpiry());
        }
        return deleted;
    }
}
