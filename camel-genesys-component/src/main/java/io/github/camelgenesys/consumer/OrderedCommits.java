/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelgenesys.consumer;

import java.util.TreeMap;

/**
 * Commits the positions of dispatched exchanges in the order they were dispatched, each once its exchange completed:
 * a watermark never moves past an exchange that is still in flight or failed, whatever order the route completes
 * them in (a {@code seda} or {@code threads} hand-off completes them on other threads). A failure closes the
 * sequence: nothing dispatched after it commits, so the next run starts again from the last committed position.
 * Thread-safe.
 */
public final class OrderedCommits {

    private long dispatched;
    private long committed;
    private long failedAt = -1;
    private final TreeMap<Long, Runnable> waiting = new TreeMap<>();

    /** Reserves the next position in dispatch order. */
    public synchronized long reserve() {
        return dispatched++;
    }

    /** The exchange at {@code sequence} completed: runs its commit, and those after it, once all before it did. */
    public void completed(long sequence, Runnable commit) {
        synchronized (this) {
            if (failedAt >= 0 && sequence > failedAt) {
                return;
            }
            waiting.put(sequence, commit == null ? () -> {} : commit);
            while (!waiting.isEmpty() && waiting.firstKey() == committed) {
                // commits run under the lock: one at a time, in order
                waiting.pollFirstEntry().getValue().run();
                committed++;
            }
        }
    }

    /** The exchange at {@code sequence} failed: it and everything dispatched after it stay uncommitted. */
    public synchronized void failed(long sequence) {
        failedAt = failedAt < 0 ? sequence : Math.min(failedAt, sequence);
        waiting.tailMap(failedAt, true).clear();
    }

    public synchronized boolean hasFailed() {
        return failedAt >= 0;
    }

    /** Whether every dispatched exchange completed, failed or is behind a failure: no commit can happen any more. */
    public synchronized boolean settled() {
        long end = failedAt >= 0 ? failedAt : dispatched;
        return committed >= end && waiting.isEmpty();
    }

    /** Exchanges dispatched and not yet committed (still in flight, or behind a failure). */
    public synchronized long pending() {
        return dispatched - committed;
    }
}
