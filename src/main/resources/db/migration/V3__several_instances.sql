-- Several instances on one database (webhook mode).

-- Updates acknowledged to Telegram (HTTP 200) but not processed yet. The webhook stores an update here and only
-- then answers, so an instance that dies afterwards loses nothing: another one processes it.
CREATE TABLE telegram_inbox (
    update_id   BIGINT PRIMARY KEY,
    chat_id     BIGINT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX telegram_inbox_by_chat ON telegram_inbox (chat_id, update_id);

-- Which instance is handling a chat's updates, until when: one at a time per chat keeps each chat in order.
-- A lease that is not renewed expires, so a dead instance's chats are taken over.
CREATE TABLE telegram_chat_leases (
    chat_id     BIGINT PRIMARY KEY,
    owner       VARCHAR(64) NOT NULL,
    valid_until TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A message being sent is leased to one instance, so two senders never send the same reply.
ALTER TABLE telegram_outbox ADD COLUMN lease_owner VARCHAR(64);
ALTER TABLE telegram_outbox ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
