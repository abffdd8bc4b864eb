package com.frameworkadvisor.telegram.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every answered request, in the order the answers were sent. */
final class CallLog {

    private final List<ApiCall> calls = new ArrayList<>();

    synchronized void add(ApiCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized List<ApiCall> all() {
        return List.copyOf(calls);
    }

    synchronized List<ApiCall> of(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    synchronized boolean await(String method, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (of(method).size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000), 0);
        }
        return true;
    }
}
