-- Updates that could not be read or handled after a few attempts, for whatever reason was not transient (a field
-- the library cannot read, a missing field, a bug). They are recorded here and confirmed to Telegram, so one bad
-- update never holds up the others; kept for a while (telegram.dead-letters.retention) so they can be looked into.
CREATE TABLE telegram_dead_letters (
    update_id   BIGINT PRIMARY KEY,
    kind        VARCHAR(64) NOT NULL,
    chat_id     BIGINT NOT NULL,
    payload     TEXT NOT NULL,
    error       VARCHAR(1000) NOT NULL,
    attempts    INTEGER NOT NULL,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX telegram_dead_letters_by_time ON telegram_dead_letters (last_seen);
