package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.team.TeamService;
import com.frameworkadvisor.telegram.BackgroundLoop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets delivery records once they are of no more use, in polling and webhook mode alike: processed-update
 * records after twice the day Telegram keeps an unconfirmed update, dead letters after their retention. Team
 * decisions, which only the bot has, go after the time a conversation is kept.
 */
final class RecordPruner extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(RecordPruner.class);
    /** Twice the day Telegram keeps an unconfirmed update: no redelivery can match an older record. */
    static final Duration DEDUPLICATION_WINDOW = Duration.ofDays(2);
    static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final ProcessedUpdates processed;
    private final DeadLetters deadLetters;
    private final Duration deadLetterRetention;
    private final TeamService teams;
    private final Duration teamRetention;
    private final Clock clock;

    RecordPruner(ProcessedUpdates processed, DeadLetters deadLetters, Duration deadLetterRetention,
                 TeamService teams, Duration teamRetention, Clock clock) {
        super("telegram-pruner", Duration.ofSeconds(5));
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.deadLetterRetention = deadLetterRetention;
        this.teams = teams;
        this.teamRetention = teamRetention;
        this.clock = clock;
    }

    @Override
    protected void loop() {
        while (isRunning()) {
            pruneOnce();
            try {
                waitForWork(PRUNE_EVERY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void pruneOnce() {
        Instant now = clock.instant();
        try {
            processed.forgetBefore(now.minus(DEDUPLICATION_WINDOW));
            deadLetters.forgetBefore(now.minus(deadLetterRetention));
            teams.forgetOlderThan(now.minus(teamRetention));
        } catch (RuntimeException e) {
            log.warn("Pruning delivery records failed; trying again in {}: {}", PRUNE_EVERY, e.toString());
        }
    }
}
