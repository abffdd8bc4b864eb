package com.frameworkadvisor.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.team.TeamService;
import com.frameworkadvisor.telegram.ManualClock;
import com.frameworkadvisor.telegram.TestDatabase;
import com.frameworkadvisor.telegram.client.ReceivedUpdate;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Delivery records are kept as long as they are of use, and no longer. */
class RecordPrunerTests {

    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration TEAMS_KEPT = Duration.ofDays(30);

    private final ManualClock clock = new ManualClock();
    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.migrated());
    private final ProcessedUpdates processed = new ProcessedUpdates(jdbc, clock);
    private final DeadLetters deadLetters = new DeadLetters(jdbc, clock);
    private final TeamService teams = TeamService.create(jdbc, clock, TestRules.advisor(),
            new Texts(Locale.ENGLISH), code -> "https://t.me/b?start=team-" + code,
            (answers, question) -> Optional.empty());
    private final RecordPruner pruner = new RecordPruner(processed, deadLetters, RETENTION, teams, TEAMS_KEPT,
            clock);

    @AfterEach
    void dropDatabase() {
        jdbc.sql("SHUTDOWN").update();
    }

    @Test
    void shouldForgetProcessedUpdatesAfterTheDeduplicationWindowAndDeadLettersAfterTheirRetention() {
        processed.markProcessed(1);
        deadLetters.record(new ReceivedUpdate(2, "message", 42, "{}", null, "unreadable"), "boom", 3,
                clock.instant());
        clock.advance(RecordPruner.DEDUPLICATION_WINDOW.minusMinutes(1));
        processed.markProcessed(3);

        pruner.pruneOnce();
        assertThat(processed.isProcessed(1)).as("a redelivery could still come").isTrue();

        clock.advance(Duration.ofMinutes(2));
        pruner.pruneOnce();
        assertThat(processed.isProcessed(1)).isFalse();
        assertThat(processed.isProcessed(3)).isTrue();
        assertThat(deadLetters.countSince(clock.instant().minus(RETENTION))).isEqualTo(1);

        clock.advance(RETENTION);
        pruner.pruneOnce();
        assertThat(deadLetters.countSince(clock.instant().minus(RETENTION.multipliedBy(2)))).isZero();
    }

    @Test
    void shouldForgetATeamDecisionWithItsAnswersOnceKeptAsLongAsAConversation() {
        String open = teams.open(-1, "Group", "Ana").get(0).reply().buttons().get(0).get(0).url();
        String code = open.substring(open.indexOf("team-") + "team-".length());
        assertThat(teams.join(code, 1, "Ana").joined()).isTrue();

        clock.advance(TEAMS_KEPT.minusHours(1));
        pruner.pruneOnce();
        assertThat(teams.join(code, 2, "Ben").joined()).as("still kept").isTrue();

        clock.advance(Duration.ofHours(2));
        pruner.pruneOnce();
        assertThat(teams.join(code, 3, "Chen").joined()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM team_members").query(Integer.class).single()).isZero();
    }
}
