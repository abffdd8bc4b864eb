package com.frameworkadvisor.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.telegram.ManualClock;
import com.frameworkadvisor.telegram.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which messages a sender may send in a pass, and how two instances share them through leases. */
class OutboxTests {

    private static final long ALICE = 1;
    private static final long BOB = 2;

    private final ManualClock clock = new ManualClock();
    private final JdbcClient jdbc = migrated();
    private final Outbox here = new Outbox(jdbc, clock, "here");
    private final Outbox there = new Outbox(jdbc, clock, "there");

    @AfterEach
    void dropDatabase() {
        jdbc.sql("SHUTDOWN").update();
    }

    @Test
    void shouldOfferEachChatsMessagesInOrderOldestChatFirst() {
        here.enqueue(BOB, messages("b1", "b2"));
        here.enqueue(ALICE, messages("a1", "a2", "a3"));
        here.enqueue(BOB, messages("b3"));

        assertThat(texts(here.dueRuns(10, 10))).containsExactly(List.of("b1", "b2", "b3"), List.of("a1", "a2", "a3"));
        assertThat(texts(here.dueRuns(1, 2))).containsExactly(List.of("b1", "b2"));
    }

    @Test
    void shouldHoldAChatBackWhileItsOldestMessageIsPostponed() {
        here.enqueue(ALICE, messages("a1", "a2"));
        here.enqueue(BOB, messages("b1"));
        here.postpone(idOf(here, ALICE, 0), Duration.ofSeconds(5));

        assertThat(texts(here.dueRuns(10, 10))).containsExactly(List.of("b1"));

        clock.advance(Duration.ofSeconds(6));
        assertThat(texts(here.dueRuns(10, 10))).containsExactly(List.of("a1", "a2"), List.of("b1"));
    }

    @Test
    void shouldEndARunBeforeAMessageThatIsNotDue() {
        here.enqueue(ALICE, messages("a1", "a2", "a3"));
        here.postpone(idOf(here, ALICE, 1), Duration.ofSeconds(5));

        assertThat(texts(here.dueRuns(10, 10))).containsExactly(List.of("a1"));
    }

    @Test
    void shouldLeaseAMessageToOneInstanceUntilReleasedOrExpired() {
        here.enqueue(ALICE, messages("a1", "a2"));
        here.enqueue(BOB, messages("b1"));
        List<Long> alices = here.dueRuns(10, 10).get(0).stream().map(Outbox.Entry::id).toList();

        assertThat(here.lease(alices)).containsExactlyInAnyOrderElementsOf(alices);
        assertThat(texts(there.dueRuns(10, 10))).containsExactly(List.of("b1"));
        assertThat(there.lease(alices)).isEmpty();
        assertThat(here.lease(alices)).as("renewing its own lease").containsExactlyInAnyOrderElementsOf(alices);

        here.release(alices.subList(1, 2));
        assertThat(there.lease(alices)).containsExactly(alices.get(1));

        clock.advance(Outbox.LEASE.plusSeconds(1));
        assertThat(there.lease(alices)).containsExactlyInAnyOrderElementsOf(alices);
    }

    @Test
    void shouldForgetSentMessagesAndOfferTheNextOnes() {
        here.enqueue(ALICE, messages("a1", "a2", "a3"));
        List<Long> firstTwo = here.dueRuns(10, 2).get(0).stream().map(Outbox.Entry::id).toList();

        here.lease(firstTwo);
        here.sent(firstTwo);

        assertThat(texts(there.dueRuns(10, 10))).containsExactly(List.of("a3"));
        assertThat(here.size()).isEqualTo(1);
    }

    private static List<OutboundMessage> messages(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(text -> new OutboundMessage(OutboundMessage.Kind.SEND, text, List.of(), null)).toList();
    }

    private static List<List<String>> texts(List<List<Outbox.Entry>> runs) {
        return runs.stream().map(run -> run.stream().map(e -> e.message().html()).toList()).toList();
    }

    private static long idOf(Outbox outbox, long chatId, int position) {
        return outbox.dueRuns(10, 10).stream().filter(run -> run.get(0).chatId() == chatId).findFirst()
                .orElseThrow().get(position).id();
    }

    static JdbcClient migrated() {
        return JdbcClient.create(TestDatabase.migrated());
    }
}
