package com.frameworkadvisor.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.session.TestPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The same team decisions on PostgreSQL, which several instances share: its locking, conditional inserts, types. */
class TeamServicePostgresTests extends TeamServiceTests {

    private static final long COMMIT_DELAY_MS = 300;
    private static DataSource postgres;

    /**
     * PostgreSQL, with every commit held back a little, as on a busy server (statements outside a transaction
     * commit by themselves, unaffected): a step running meanwhile would, without the team's lock, read the team
     * before the other step's answers are in.
     */
    @Override
    DataSource database() {
        DataSource shared = shared();
        JdbcClient.create(shared).sql("TRUNCATE team_members, teams").update();
        return slowToCommit(shared);
    }

    /** One database for the class, emptied before each test: creating and migrating one each time is slower. */
    private static synchronized DataSource shared() {
        if (postgres == null) {
            postgres = TestPostgres.freshDatabase();
            Flyway.configure().dataSource(postgres).load().migrate();
        }
        return postgres;
    }

    /**
     * The last two members answer at once, as on two instances: each step locks the team, so the second sees the
     * first's answers and the result is posted exactly once (unlocked, each would see two of three and neither
     * would post it).
     */
    @Test
    void shouldPostTheResultOnceWhenTheLastTwoAnswerAtTheSameTime() throws Exception {
        threeJoined();
        teams.answered(ANA, answers(ProjectSize.SMALL, Deadline.TIGHT));
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<TeamMessage>>> steps = new ArrayList<>();
            for (long member : List.of(BEN, CHEN)) {
                steps.add(instances.submit(() -> {
                    together.await();
                    return transactions.execute(status -> teams.answered(member,
                            answers(ProjectSize.MEDIUM, Deadline.NORMAL)));
                }));
            }
            List<TeamMessage> sent = new ArrayList<>();
            for (Future<List<TeamMessage>> step : steps) {
                sent.addAll(step.get());
            }

            assertThat(sent).filteredOn(m -> m.reply().kind() == Reply.Kind.PICTURE).hasSize(1);
            assertThat(sent).filteredOn(m -> m.reply().html().contains(TEXTS.get("team.result.settle")))
                    .hasSize(1);
        } finally {
            instances.shutdownNow();
        }
    }

    private static DataSource slowToCommit(DataSource database) {
        return new DelegatingDataSource(database) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("commit")) {
                                Thread.sleep(COMMIT_DELAY_MS);
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
