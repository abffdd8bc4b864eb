package com.frameworkadvisor.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.telegram.ManualClock;
import com.frameworkadvisor.telegram.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inbox worker alone: a chat's updates in order, each removed once handled, and only in chats it holds. */
class InboxWorkerTests {

    private static final long ALICE = 100;
    private static final long BOB = 200;
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final ManualClock clock = new ManualClock();
    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.migrated());
    private final Inbox inbox = new Inbox(jdbc, clock);
    private final Map<Long, List<Long>> handled = new ConcurrentHashMap<>();

    @AfterEach
    void dropDatabase() {
        jdbc.sql("SHUTDOWN").update();
    }

    private static String update(long id, long chat) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"hello\"}}";
    }

    private InboxWorker worker(UpdateHandler handler) {
        return new InboxWorker(inbox, new ChatLeases(jdbc, clock, "here", LEASE), handler,
                Executors.newFixedThreadPool(2), new DeliveryHealth(clock, Duration.ofMinutes(1), since -> 0));
    }

    private int waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_inbox").query(Integer.class).single();
    }

    @Test
    void shouldHandleEachChatInOrderAndKeepWhatFailedWithWhatFollowsIt() {
        inbox.store(1, ALICE, update(1, ALICE));
        inbox.store(2, BOB, update(2, BOB));
        inbox.store(3, ALICE, update(3, ALICE));
        inbox.store(4, BOB, update(4, BOB));
        AtomicBoolean bobFailedOnce = new AtomicBoolean();
        InboxWorker worker = worker(update -> {
            handled.computeIfAbsent(update.chatId(), chat -> new CopyOnWriteArrayList<>()).add(update.updateId());
            return update.updateId() != 2 || !bobFailedOnce.compareAndSet(false, true);
        });

        worker.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 0);
        } finally {
            worker.stop();
        }

        assertThat(handled.get(ALICE)).containsExactly(1L, 3L);
        assertThat(handled.get(BOB)).containsExactly(2L, 2L, 4L);
    }

    @Test
    void shouldLeaveAChatThatAnotherInstanceHoldsUntilItsLeaseRunsOut() {
        inbox.store(1, ALICE, update(1, ALICE));
        inbox.store(2, BOB, update(2, BOB));
        assertThat(new ChatLeases(jdbc, clock, "there", LEASE).acquire(BOB)).isTrue();
        InboxWorker worker = worker(update -> {
            handled.computeIfAbsent(update.chatId(), chat -> new CopyOnWriteArrayList<>()).add(update.updateId());
            return true;
        });

        worker.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 1);
            assertThat(handled).containsOnlyKeys(ALICE);

            clock.advance(LEASE.plusSeconds(1)); // the other instance died holding it
            worker.wakeUp();
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 0);
        } finally {
            worker.stop();
        }
        assertThat(handled.get(BOB)).containsExactly(2L);
    }
}
