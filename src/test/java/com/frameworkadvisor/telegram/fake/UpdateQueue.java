package com.frameworkadvisor.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Telegram's update queue as getUpdates sees it: an update stays until a later call's offset passes it, and then it
 * is gone; an empty call is held until an update arrives or its timeout ends; a newer call ends a held one with 409.
 */
final class UpdateQueue {

    /** Telegram's update ids are large; starting high catches code that assumes they start at 1. */
    private static final long FIRST_UPDATE_ID = 500_000_001L;
    /** Sent only when asked for by name in allowed_updates. */
    private static final Set<String> NOT_SENT_BY_DEFAULT = Set.of("chat_member", "message_reaction",
            "message_reaction_count");
    private static final int MAX_LIMIT = 100;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final TreeMap<Long, ObjectNode> pending = new TreeMap<>();
    private final TreeMap<Long, ObjectNode> redeliveries = new TreeMap<>();
    private final Map<Long, ObjectNode> everSent = new HashMap<>();
    private final Set<String> callbackQueryIds = new HashSet<>();
    private long nextId = FIRST_UPDATE_ID;
    private long highestOffset;
    private int received;
    private int earlyEmptyAnswers;
    private long newestPoll;
    private int held;
    private Set<String> allowed;
    private boolean closed;

    long add(JsonNode updateWithoutId) {
        lock.lock();
        try {
            long id = nextId++;
            ObjectNode update = Json.object().put("update_id", id);
            update.setAll((ObjectNode) updateWithoutId);
            pending.put(id, update);
            everSent.put(id, update);
            JsonNode callbackQueryId = update.path("callback_query").get("id");
            if (callbackQueryId != null) {
                callbackQueryIds.add(callbackQueryId.asText());
            }
            changed.signalAll();
            return id;
        } finally {
            lock.unlock();
        }
    }

    /** Queues an update once more, whether or not it was confirmed, as Telegram does after a lost confirmation. */
    void redeliver(long updateId) {
        lock.lock();
        try {
            ObjectNode update = everSent.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("No update " + updateId + " was ever queued");
            }
            if (!pending.containsKey(updateId)) {
                redeliveries.put(updateId, update);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** One getUpdates call; holds the calling thread while there is nothing to return. */
    List<ObjectNode> poll(Long offset, Integer limit, Integer timeoutSeconds, List<String> allowedUpdates)
            throws InterruptedException {
        lock.lock();
        try {
            long poll = ++newestPoll;
            changed.signalAll();
            if (offset != null) {
                confirm(offset);
            }
            if (allowedUpdates != null) {
                allowed = allowedUpdates.isEmpty() ? null : Set.copyOf(allowedUpdates);
            }
            if (earlyEmptyAnswers > 0) {
                earlyEmptyAnswers--;
                return List.of();
            }
            int max = limit == null || limit < 1 || limit > MAX_LIMIT ? MAX_LIMIT : limit;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds == null ? 0 : timeoutSeconds);
            held++;
            changed.signalAll();
            try {
                while (true) {
                    if (poll != newestPoll) {
                        throw ApiError.conflict("terminated by other getUpdates request;"
                                + " make sure that only one bot instance is running");
                    }
                    List<ObjectNode> ready = take(max);
                    long left = deadline - System.nanoTime();
                    if (!ready.isEmpty() || closed || left <= 0) {
                        return ready;
                    }
                    changed.awaitNanos(left);
                }
            } finally {
                held--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Counts a getUpdates request as it arrives, before any fault or wait. */
    void countRequest(Long offset) {
        lock.lock();
        try {
            received++;
            if (offset != null) {
                highestOffset = Math.max(highestOffset, offset);
            }
        } finally {
            lock.unlock();
        }
    }

    boolean awaitHeldPoll(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long left = timeout.toNanos();
            while (held == 0) {
                if (left <= 0) {
                    return false;
                }
                left = changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    void answerEarlyAndEmpty(int times) {
        lock.lock();
        try {
            earlyEmptyAnswers += times;
        } finally {
            lock.unlock();
        }
    }

    void dropPending() {
        lock.lock();
        try {
            pending.clear();
            redeliveries.clear();
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size() + redeliveries.size();
        } finally {
            lock.unlock();
        }
    }

    long highestOffset() {
        lock.lock();
        try {
            return highestOffset;
        } finally {
            lock.unlock();
        }
    }

    int received() {
        lock.lock();
        try {
            return received;
        } finally {
            lock.unlock();
        }
    }

    boolean knowsCallbackQuery(String id) {
        lock.lock();
        try {
            return callbackQueryIds.contains(id);
        } finally {
            lock.unlock();
        }
    }

    /** Ends held polls: they return what they have, which lets the server stop at once. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every update before the offset; a negative offset keeps only that many of the newest. */
    private void confirm(long offset) {
        if (offset >= 0) {
            pending.headMap(offset).clear();
        } else {
            while (pending.size() > -offset) {
                pending.pollFirstEntry();
            }
        }
    }

    /** Pending updates in id order (redeliveries among them), dropping the types the bot did not ask for. */
    private List<ObjectNode> take(int max) {
        pending.values().removeIf(update -> !isAllowed(update));
        redeliveries.values().removeIf(update -> !isAllowed(update));
        TreeMap<Long, ObjectNode> ready = new TreeMap<>(pending);
        ready.putAll(redeliveries);
        List<ObjectNode> answer = new ArrayList<>();
        Iterator<Map.Entry<Long, ObjectNode>> entries = ready.entrySet().iterator();
        while (answer.size() < max && entries.hasNext()) {
            Map.Entry<Long, ObjectNode> entry = entries.next();
            answer.add(entry.getValue());
            redeliveries.remove(entry.getKey());
        }
        return answer;
    }

    private boolean isAllowed(ObjectNode update) {
        Iterator<String> fields = update.fieldNames();
        String type = "";
        while (fields.hasNext() && (type.isEmpty() || type.equals("update_id"))) {
            type = fields.next();
        }
        return allowed == null ? !NOT_SENT_BY_DEFAULT.contains(type) : allowed.contains(type);
    }
}
