package com.frameworkadvisor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same Flyway migrations build the same schema on H2 (the default) and on PostgreSQL. */
class MigrationsTests {

    static final Set<String> TABLES = Set.of("conversations", "telegram_updates", "telegram_outbox",
            "telegram_chats", "telegram_inbox", "telegram_chat_leases", "telegram_dead_letters", "telegram_questions");

    @Test
    void shouldBuildTheSameTablesAndColumnsOnH2AndPostgres() throws Exception {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        DataSource pg = TestPostgres.freshDatabase();
        for (DataSource database : List.of(h2, pg)) {
            assertThat(Flyway.configure().dataSource(database).load().migrate().success).isTrue();
            assertThat(Flyway.configure().dataSource(database).load().validateWithResult().validationSuccessful)
                    .isTrue();
        }
        Set<String> onH2 = columns(h2);
        assertThat(onH2).isEqualTo(columns(pg));
        assertThat(TABLES).allSatisfy(table -> assertThat(onH2).anyMatch(column -> column.startsWith(table + ".")));
    }

    @Test
    void shouldMoveEachPrivateChatsQuestionMessageToItsConversationOnH2AndPostgres() throws Exception {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        for (DataSource database : List.of(h2, TestPostgres.freshDatabase())) {
            Flyway.configure().dataSource(database).target("4").load().migrate();
            JdbcClient jdbc = JdbcClient.create(database);
            jdbc.sql("INSERT INTO telegram_chats (chat_id, question_message_id) VALUES (42, 7), (-100, 8)").update();

            Flyway.configure().dataSource(database).load().migrate();

            assertThat(jdbc.sql("SELECT conversation, message_id FROM telegram_questions").query()
                    .listOfRows()).singleElement().satisfies(row -> {
                        assertThat(row.values()).containsExactlyInAnyOrder("tg:42", 7L);
                    });
        }
    }

    /** "table.column" for every column of the application's tables, lower-case. */
    private static Set<String> columns(DataSource database) {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.getConnection();
             ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (TABLES.contains(table)) {
                    columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return columns;
    }
}
