package com.frameworkadvisor.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.telegram.ManualClock;
import com.frameworkadvisor.telegram.TestDatabase;
import com.frameworkadvisor.telegram.client.BotApi;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** A reply is sent at least once: transient failures are retried for as long as they last, never given up on. */
class OutboxSenderTests {

    private static final long CHAT = 7;

    private final ManualClock clock = new ManualClock();
    private final DataSource dataSource = TestDatabase.migrated();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final Outbox outbox = new Outbox(jdbc, clock, "here");

    @AfterEach
    void dropDatabase() {
        jdbc.sql("SHUTDOWN").update();
    }

    /** A Bot API that answers the first {@code failures} calls with what cannot be read, then sends. */
    private static BotApi failingFirst(int failures, AtomicInteger calls) {
        TelegramClient client = (TelegramClient) Proxy.newProxyInstance(TelegramClient.class.getClassLoader(),
                new Class<?>[] {TelegramClient.class}, (proxy, method, args) -> {
                    if (calls.incrementAndGet() <= failures) {
                        throw new TelegramApiRequestException("Unable to deserialize response",
                                new IOException("a 200 whose body is not JSON"));
                    }
                    return Message.builder().messageId(1).build();
                });
        return new BotApi(client, "123456789:AAHfakeTokenForTestsOnly_abcdefghijk", new SimpleMeterRegistry());
    }

    @Test
    void shouldKeepRetryingAReplyThroughALongOutageAndSendItOnce() {
        int failures = 40; // far beyond any old limit: at the longest backoff, about forty minutes of outage
        AtomicInteger calls = new AtomicInteger();
        OutboxSender sender = new OutboxSender(outbox, new DeliveryRecords(jdbc, clock), 
                new SenderActions(failingFirst(failures, calls)),
                new SendLimiter(clock, 3, Duration.ofSeconds(1), 30), clock,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        outbox.enqueue(CHAT, List.of(new OutboundMessage(OutboundMessage.Kind.SEND, "hello", List.of(), null)));

        sender.start();
        try {
            // Each attempt is postponed by its backoff; moving the clock past the longest one makes it due again.
            // The clock moves on at every look, so an attempt made just as it moved is never waited for in vain.
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(5)).until(() -> {
                clock.advance(OutboxSender.BACKOFF.max());
                sender.wakeUp();
                return outbox.nextDue() == null;
            });
        } finally {
            sender.stop();
        }

        assertThat(calls.get()).isEqualTo(failures + 1);
    }
}
