package com.frameworkadvisor.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Faults scheduled by a test, each used by exactly one call, first in first out per method. */
final class Faults {

    sealed interface Fault permits Fail, Drop, Raw {
    }

    /** A Bot API error answer. */
    record Fail(ApiError error) implements Fault {
    }

    /** The connection is closed before any answer. */
    record Drop() implements Fault {
    }

    /** Any status and body, e.g. the HTML page a proxy serves for 502. */
    record Raw(int status, String contentType, String body) implements Fault {
    }

    private final Map<String, Deque<Fault>> byMethod = new HashMap<>();

    synchronized void add(String method, Fault fault) {
        byMethod.computeIfAbsent(key(method), k -> new ArrayDeque<>()).addLast(fault);
    }

    synchronized Optional<Fault> next(String method) {
        Deque<Fault> queue = byMethod.get(key(method));
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.pollFirst());
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
