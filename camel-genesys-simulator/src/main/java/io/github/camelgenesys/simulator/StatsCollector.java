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
package io.github.camelgenesys.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/** Counters the simulator keeps while serving; {@link SimulatorStats} is a snapshot of them. */
public final class StatsCollector {
    static final int ARCHIVED = 0;
    static final int DELETED = 1;
    static final int EXPORTED = 2;

    private final Map<String, Map<Integer, LongAdder>> requests = new ConcurrentHashMap<>();
    private final LongAdder rateLimited = new LongAdder();
    private final Map<String, AtomicIntegerArray> recordingActions = new ConcurrentHashMap<>();

    public void request(String endpoint, int status) {
        requests.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder())
                .increment();
        if (status == 429) {
            rateLimited.increment();
        }
    }

    public void recordingAction(String recordingId, String action) {
        int slot = switch (action) {
            case "ARCHIVE" -> ARCHIVED;
            case "DELETE" -> DELETED;
            case "EXPORT" -> EXPORTED;
            default -> throw new IllegalArgumentException(action);
        };
        recordingActions
                .computeIfAbsent(recordingId, r -> new AtomicIntegerArray(3))
                .incrementAndGet(slot);
    }

    public void reset() {
        requests.clear();
        rateLimited.reset();
        recordingActions.clear();
    }

    Map<String, Map<Integer, Long>> requestsSnapshot() {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        requests.forEach((endpoint, byStatus) -> {
            Map<Integer, Long> statuses = new TreeMap<>();
            byStatus.forEach((status, n) -> statuses.put(status, n.sum()));
            copy.put(endpoint, statuses);
        });
        return copy;
    }

    long rateLimitedCount() {
        return rateLimited.sum();
    }

    Map<String, SimulatorStats.RecordingActions> recordingActionsSnapshot() {
        Map<String, SimulatorStats.RecordingActions> copy = new TreeMap<>();
        recordingActions.forEach((id, a) ->
                copy.put(id, new SimulatorStats.RecordingActions(a.get(ARCHIVED), a.get(DELETED), a.get(EXPORTED))));
        return copy;
    }
}
