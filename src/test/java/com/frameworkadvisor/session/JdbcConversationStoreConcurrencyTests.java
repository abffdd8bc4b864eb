package com.frameworkadvisor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/** Two writers that read the same version (two quick messages in one chat, two bot instances) race to save. */
class JdbcConversationStoreConcurrencyTests {

    private static final String CHAT = "telegram:7";

    private final TestDatabase database = TestDatabase.migrated();
    private final JdbcConversationStore store = database.storeAt(Instant.parse("2025-03-03T09:00:00Z"));
    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        writers.shutdownNow();
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        database.close();
    }

    @RepeatedTest(10)
    void shouldLetExactlyOneOfTwoWritersUpdateFromTheSameVersion() throws Exception {
        store.save(CHAT, "start", 0);
        store.save(CHAT, "read by both", 1);

        List<Outcome> outcomes = race(2, "from A", "from B");

        assertThat(outcomes).filteredOn(Outcome::won).singleElement()
                .satisfies(winner -> assertThat(winner.newVersion()).isEqualTo(3));
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure()).isInstanceOf(ConcurrentConversationUpdateException.class));
        StoredConversation stored = store.load(CHAT).orElseThrow();
        assertThat(stored.state()).isEqualTo(winner(outcomes).state());
        assertThat(stored.version()).isEqualTo(3);
    }

    @RepeatedTest(10)
    void shouldLetExactlyOneOfTwoWritersCreateTheConversation() throws Exception {
        List<Outcome> outcomes = race(0, "from A", "from B");

        assertThat(outcomes).filteredOn(Outcome::won).singleElement()
                .satisfies(winner -> assertThat(winner.newVersion()).isEqualTo(1));
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure()).isInstanceOf(ConcurrentConversationUpdateException.class));
        assertThat(store.load(CHAT)).map(StoredConversation::state).contains(winner(outcomes).state());
    }

    /** Releases both writers at the same instant so that their statements really overlap. */
    private List<Outcome> race(long expectedVersion, String stateA, String stateB) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Outcome> a = writers.submit(() -> attempt(start, stateA, expectedVersion));
        Future<Outcome> b = writers.submit(() -> attempt(start, stateB, expectedVersion));
        return List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));
    }

    private Outcome attempt(CyclicBarrier start, String state, long expectedVersion) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            return new Outcome(state, store.save(CHAT, state, expectedVersion), null);
        } catch (ConcurrentConversationUpdateException e) {
            return new Outcome(state, 0, e);
        }
    }

    private static Outcome winner(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::won).findFirst().orElseThrow();
    }

    private record Outcome(String state, long newVersion, RuntimeException failure) {

        boolean won() {
            return failure == null;
        }
    }
}
