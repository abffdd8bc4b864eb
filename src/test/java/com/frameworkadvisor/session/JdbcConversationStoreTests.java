package com.frameworkadvisor.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcConversationStoreTests {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:15:30.123456Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T10:00:00Z");
    private static final String CHAT = "telegram:42";

    private final TestDatabase database = TestDatabase.migrated();
    private final JdbcConversationStore store = database.storeAt(MONDAY);

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void shouldLoadWhatWasSaved() {
        long version = store.save(CHAT, "{\"step\":\"kind\"}", 0);

        assertThat(version).isEqualTo(1);
        assertThat(store.load(CHAT)).contains(new StoredConversation(CHAT, "{\"step\":\"kind\"}", 1, MONDAY));
    }

    @Test
    void shouldIncrementTheVersionAndTheTimestampWithEverySave() {
        long first = store.save(CHAT, "one", 0);
        long second = database.storeAt(TUESDAY).save(CHAT, "two", first);
        long third = database.storeAt(TUESDAY).save(CHAT, "three", second);

        assertThat(new long[] {first, second, third}).containsExactly(1, 2, 3);
        assertThat(store.load(CHAT)).contains(new StoredConversation(CHAT, "three", 3, TUESDAY));
    }

    @Test
    void shouldKeepTheCreationTimeWhenUpdating() {
        store.save(CHAT, "one", 0);
        database.storeAt(TUESDAY).save(CHAT, "two", 1);

        OffsetDateTime createdAt = database.jdbc().sql("SELECT created_at FROM conversations WHERE chat_key = ?")
                .param(CHAT).query(OffsetDateTime.class).single();
        assertThat(createdAt.toInstant()).isEqualTo(MONDAY);
    }

    @Test
    void shouldRejectAStaleVersionAndKeepTheStoredState() {
        store.save(CHAT, "one", 0);
        store.save(CHAT, "two", 1);

        assertThatThrownBy(() -> database.storeAt(TUESDAY).save(CHAT, "stale", 1))
                .isInstanceOf(ConcurrentConversationUpdateException.class)
                .hasMessageContaining(CHAT);
        assertThat(store.load(CHAT)).contains(new StoredConversation(CHAT, "two", 2, MONDAY));
    }

    @Test
    void shouldRejectAVersionFromTheFuture() {
        store.save(CHAT, "one", 0);

        assertThatThrownBy(() -> store.save(CHAT, "ahead", 5))
                .isInstanceOf(ConcurrentConversationUpdateException.class);
        assertThat(store.load(CHAT)).map(StoredConversation::state).contains("one");
    }

    @Test
    void shouldRejectCreatingAConversationThatAlreadyExists() {
        store.save(CHAT, "first", 0);

        assertThatThrownBy(() -> store.save(CHAT, "second", 0))
                .isInstanceOf(ConcurrentConversationUpdateException.class);
        assertThat(store.load(CHAT)).contains(new StoredConversation(CHAT, "first", 1, MONDAY));
    }

    @Test
    void shouldRejectUpdatingAConversationThatWasDeletedMeanwhile() {
        store.save(CHAT, "one", 0);
        store.delete(CHAT);

        assertThatThrownBy(() -> store.save(CHAT, "two", 1))
                .isInstanceOf(ConcurrentConversationUpdateException.class);
        assertThat(store.load(CHAT)).isEmpty();
    }

    @Test
    void shouldRejectANegativeVersion() {
        assertThatThrownBy(() -> store.save(CHAT, "state", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldForgetADeletedConversationAndStartAgainAtVersionOne() {
        store.save(CHAT, "one", 0);
        store.save(CHAT, "two", 1);

        assertThat(store.delete(CHAT)).isTrue();
        assertThat(store.load(CHAT)).isEmpty();
        assertThat(store.delete(CHAT)).isFalse();
        assertThat(store.save(CHAT, "again", 0)).isEqualTo(1);
    }

    @Test
    void shouldFindNothingForAnUnknownChat() {
        assertThat(store.load("telegram:unknown")).isEmpty();
        assertThat(store.delete("telegram:unknown")).isFalse();
    }

    @Test
    void shouldKeepChatsApart() {
        store.save("telegram:1", "first chat", 0);
        store.save("telegram:2", "second chat", 0);
        store.save("telegram:1", "first chat, later", 1);
        store.delete("telegram:1");

        assertThat(store.load("telegram:2")).contains(new StoredConversation("telegram:2", "second chat", 1, MONDAY));
    }

    @Test
    void shouldKeepALargeStateExactly() {
        // Well past the sizes where databases switch to out-of-line storage (H2 stores TEXT as a CLOB).
        String large = "{\"answers\":\"" + "0123456789abcdef".repeat(200 * 1024 / 16) + "\"}";
        store.save(CHAT, large, 0);
        store.save(CHAT, large + " ", 1);

        assertThat(store.load(CHAT)).map(StoredConversation::state).contains(large + " ");
    }

    @Test
    void shouldKeepNonAsciiTextExactly() {
        String text = "Django 🦄🐍 and Flask 🧪 · 👩🏽‍💻 (family: 👨‍👩‍👧‍👦) · עברית ומספרים 123 · العربية"
                + " · zero\u200Bwidth\u200Cjoiner\u200D · \u200Fmark\u200E · e\u0301 vs é · 日本語 · \uFEFFbom"
                + " · tabs\tand\nnewlines\r\n · \"quotes\" 'and' \\backslashes\\ · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        store.save(CHAT, text, 0);

        assertThat(store.load(CHAT)).map(StoredConversation::state).contains(text);
        assertThat(store.load(CHAT).orElseThrow().state().codePoints().toArray())
                .containsExactly(text.codePoints().toArray());
    }

    @Test
    void shouldKeepNonAsciiChatKeys() {
        String key = "console:Łukasz 🦊";
        store.save(key, "state", 0);

        assertThat(store.load(key)).map(StoredConversation::chatKey).contains(key);
    }
}
