package com.frameworkadvisor.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps conversations in the {@code conversations} table (see {@code db/migration}). Each operation is a single
 * statement, so a turn is stored completely or not at all, whenever the program stops.
 */
final class JdbcConversationStore implements ConversationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcConversationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<StoredConversation> load(String chatKey) {
        return jdbc.sql("SELECT chat_key, state, version, updated_at FROM conversations WHERE chat_key = ?")
                .param(chatKey)
                .query(JdbcConversationStore::toConversation)
                .optional();
    }

    @Override
    public long save(String chatKey, String state, long expectedVersion) {
        Objects.requireNonNull(chatKey, "chatKey");
        Objects.requireNonNull(state, "state");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative: " + expectedVersion);
        }
        return expectedVersion == 0 ? insert(chatKey, state) : update(chatKey, state, expectedVersion);
    }

    @Override
    public boolean delete(String chatKey) {
        return jdbc.sql("DELETE FROM conversations WHERE chat_key = ?").param(chatKey).update() > 0;
    }

    @Override
    public int deleteNotUpdatedSince(java.time.Instant cutOff) {
        return jdbc.sql("DELETE FROM conversations WHERE updated_at < ?")
                .param(OffsetDateTime.ofInstant(cutOff, java.time.ZoneOffset.UTC)).update();
    }

    private long insert(String chatKey, String state) {
        OffsetDateTime now = now();
        try {
            jdbc.sql("""
                    INSERT INTO conversations (chat_key, state, version, created_at, updated_at)
                    VALUES (?, ?, 1, ?, ?)""")
                    .params(chatKey, state, now, now)
                    .update();
            return 1;
        } catch (DuplicateKeyException e) {
            // The primary key is the lock for a new conversation: whoever inserted first owns version 1.
            throw new ConcurrentConversationUpdateException(chatKey, 0);
        }
    }

    private long update(String chatKey, String state, long expectedVersion) {
        // The version check and the write are one statement, so no other writer can slip in between them.
        int changed = jdbc.sql("""
                UPDATE conversations SET state = ?, version = version + 1, updated_at = ?
                WHERE chat_key = ? AND version = ?""")
                .params(state, now(), chatKey, expectedVersion)
                .update();
        if (changed == 0) {
            throw new ConcurrentConversationUpdateException(chatKey, expectedVersion);
        }
        return expectedVersion + 1;
    }

    // Both databases keep microseconds; truncating here makes what is stored independent of how each one rounds.
    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static StoredConversation toConversation(ResultSet row, int rowNumber) throws SQLException {
        return new StoredConversation(row.getString("chat_key"), row.getString("state"), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
