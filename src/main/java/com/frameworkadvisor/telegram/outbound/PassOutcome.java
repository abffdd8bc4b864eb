package com.frameworkadvisor.telegram.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one pass of the sender did, stored in one transaction at its end. With the embedded database every commit
 * is written to disk before it returns, so a commit per message sent (and another for its question message) cost
 * more than the rest of the turn; one per pass is shared by every message the pass sent.
 */
final class PassOutcome {

    private final Set<Long> sent = new LinkedHashSet<>();
    private final Set<Long> unsent = new LinkedHashSet<>();
    private final Map<Long, Duration> postponed = new LinkedHashMap<>();
    private final Map<String, OpenQuestion> questionMessages = new LinkedHashMap<>();
    private final Set<Long> blockedChats = new LinkedHashSet<>();
    private final Set<Long> droppedChats = new LinkedHashSet<>();

    void sent(long id) {
        sent.add(id);
    }

    /** Leased but not sent, as when an earlier message of the chat failed: given back for the next pass. */
    void unsent(long id) {
        unsent.add(id);
    }

    void postpone(long id, Duration delay) {
        postponed.put(id, delay);
    }

    void rememberQuestion(String conversation, long chatId, long messageId) {
        questionMessages.put(conversation, new OpenQuestion(chatId, messageId));
    }

    /** The conversation's question message sent earlier in this pass, which the database does not have yet. */
    Optional<Long> questionMessage(String conversation) {
        return Optional.ofNullable(questionMessages.get(conversation)).map(OpenQuestion::messageId);
    }

    private record OpenQuestion(long chatId, long messageId) {
    }

    /** The chat blocked the bot: it is marked so and everything waiting for it goes. */
    void blocked(long chatId) {
        blockedChats.add(chatId);
    }

    /** The chat was already marked blocked: everything waiting for it goes. */
    void drop(long chatId) {
        droppedChats.add(chatId);
    }

    boolean isEmpty() {
        return sent.isEmpty() && unsent.isEmpty() && postponed.isEmpty() && questionMessages.isEmpty()
                && blockedChats.isEmpty() && droppedChats.isEmpty();
    }

    /** Call inside a transaction. */
    void store(Outbox outbox, DeliveryRecords records) {
        outbox.sent(sent);
        outbox.release(unsent);
        postponed.forEach(outbox::postpone);
        questionMessages.forEach((conversation, question) ->
                records.rememberQuestion(conversation, question.chatId(), question.messageId()));
        for (long chatId : blockedChats) {
            records.setBlocked(chatId, true);
        }
        List<Long> dropped = new ArrayList<>(blockedChats);
        dropped.addAll(droppedChats);
        dropped.forEach(outbox::dropChat);
    }
}
