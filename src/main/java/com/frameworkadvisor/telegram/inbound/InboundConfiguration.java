package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.conversation.ConversationEngine;
import com.frameworkadvisor.conversation.ConversationProperties;
import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.team.JoinLinks;
import com.frameworkadvisor.team.TeamService;
import com.frameworkadvisor.telegram.TelegramConfiguration;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.BotIdentity;
import com.frameworkadvisor.telegram.outbound.DeliveryRecords;
import com.frameworkadvisor.telegram.outbound.Outbox;
import com.frameworkadvisor.telegram.outbound.OutboxSender;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What both ways of receiving share: applying an update once, the records of updates applied or given up on,
 * their pruning (one job for polling and webhook mode alike) and the health of receiving. How updates arrive is
 * {@link PollingConfiguration} or {@link WebhookConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.BOT_ENABLED)
class InboundConfiguration {

    static final int WORKERS = 4;

    @Bean
    ProcessedUpdates processedUpdates(JdbcClient jdbc, Clock clock) {
        return new ProcessedUpdates(jdbc, clock);
    }

    @Bean
    DeadLetters deadLetters(JdbcClient jdbc, Clock clock) {
        return new DeadLetters(jdbc, clock);
    }

    @Bean
    RecordPruner recordPruner(ProcessedUpdates processed, DeadLetters deadLetters, TelegramProperties properties,
                              TeamService teams, ConversationProperties conversations, Clock clock) {
        return new RecordPruner(processed, deadLetters, properties.deadLetters().retention(), teams,
                conversations.idleExpiry(), clock);
    }

    @Bean
    DeliveryHealth telegram(Clock clock, TelegramProperties properties, DeadLetters deadLetters) {
        return new DeliveryHealth(clock, properties.polling().timeout().multipliedBy(2).plusSeconds(30),
                deadLetters::countSince);
    }

    /** Team decisions happen in groups, so only with the bot; members join by a deep link to this bot. */
    @Bean
    TeamService teamService(JdbcClient jdbc, Clock clock, Advisor advisor, Texts texts, BotIdentity identity,
                            ConversationEngine engine) {
        return TeamService.create(jdbc, clock, advisor, texts,
                code -> "https://t.me/" + identity.username() + "?start=" + JoinLinks.PREFIX + code,
                engine::answerReadOnly);
    }

    @Bean
    UpdateProcessor updateProcessor(BotIdentity identity, PlatformTransactionManager transactionManager,
                                    ProcessedUpdates processed, DeliveryRecords records, Outbox outbox,
                                    ConversationService conversations, TeamService teams, Texts texts,
                                    OutboxSender sender, MeterRegistry meters, DeadLetters deadLetters,
                                    TelegramProperties properties, Clock clock) {
        UpdateEffects effects = new UpdateEffects(conversations, new TeamSteps(teams, conversations, outbox), records,
                outbox, texts);
        return new UpdateProcessor(new TransactionTemplate(transactionManager), processed, outbox, effects,
                new UpdateTranslator(identity), texts, sender::wakeUp, meters, deadLetters, new FailedAttempts(clock),
                properties.deadLetters().maxAttempts());
    }

    /** The threads that apply updates: a chat's in order on one of them, different chats in parallel. */
    static ExecutorService workers(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
