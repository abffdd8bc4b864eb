-- The message holding the open question is kept per conversation, not per chat: in a group each member has a
-- conversation of their own, and answering one member's question must never edit another's.
CREATE TABLE telegram_questions (
    conversation VARCHAR(100) PRIMARY KEY,
    chat_id      BIGINT NOT NULL,
    message_id   BIGINT NOT NULL
);
CREATE INDEX telegram_questions_by_chat ON telegram_questions (chat_id);

-- What was kept per chat belonged to its private conversation, whose key is the chat's.
INSERT INTO telegram_questions (conversation, chat_id, message_id)
    SELECT 'tg:' || CAST(chat_id AS VARCHAR(40)), chat_id, question_message_id
    FROM telegram_chats WHERE question_message_id IS NOT NULL AND chat_id > 0;
ALTER TABLE telegram_chats DROP COLUMN question_message_id;
