-- One row per chat: the conversation state after its latest turn.
-- Written to run unchanged on H2 and PostgreSQL: TEXT is unbounded on both (H2 stores it as a CLOB), and
-- TIMESTAMP WITH TIME ZONE keeps an instant on both, whatever the server's time zone.
-- version starts at 1 and grows by one with every save; a save names the version it read, which is how two
-- writers are kept from silently overwriting each other.
CREATE TABLE conversations (
    chat_key   VARCHAR(200)             NOT NULL,
    state      TEXT                     NOT NULL,
    version    BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conversations_pk PRIMARY KEY (chat_key),
    CONSTRAINT conversations_version_positive CHECK (version > 0)
);
