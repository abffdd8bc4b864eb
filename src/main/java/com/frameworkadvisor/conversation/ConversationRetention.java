package com.frameworkadvisor.conversation;

import com.frameworkadvisor.session.ConversationStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes conversations that have been idle longer than the expiry: the data is kept no longer than needed. */
public final class ConversationRetention {

    private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

    private final ConversationStore store;
    private final Clock clock;
    private final ConversationProperties settings;

    public ConversationRetention(ConversationStore store, Clock clock, ConversationProperties settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${advisor.conversations.retention-check:1h}", initialDelayString = "1m")
    public int deleteExpired() {
        int deleted = store.deleteNotUpdatedSince(settings.idleCutoff(clock.instant()));
        if (deleted > 0) {
            log.info("Deleted {} conversation(s) idle for more than {}", deleted, settings.idleExpiry());
        }
        return deleted;
    }
}
