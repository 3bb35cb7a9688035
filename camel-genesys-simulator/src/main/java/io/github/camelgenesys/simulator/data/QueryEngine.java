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
package io.github.camelgenesys.simulator.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Runs filtered, ordered, paged scans over the store. Sequential paging is cheap: the scan position where each
 * page starts is cached per (query, injection version), so page N+1 resumes where page N stopped.
 */
public final class QueryEngine {
    private static final int MAX_CACHED_QUERIES = 512;
    private static final long COUNT_TTL_MS = 10_000;

    private record CachedCount(long value, long computedAtMs) {}

    private final ConversationStore store;
    private final Map<String, TreeMap<Integer, long[]>> pageStarts = lru();
    private final Map<String, CachedCount> counts = lru();

    public QueryEngine(ConversationStore store) {
        this.store = store;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_CACHED_QUERIES;
            }
        };
    }

    public ConversationStore store() {
        return store;
    }

    /**
     * Matches in a start range; cached per query key for a few seconds while conversations of the range may still
     * change (totalHits is approximate in the API too), and until the next injection once they have all ended.
     */
    public long count(
            String key,
            long fromMs,
            long toMs,
            Predicate<Conversation> filter,
            boolean unfiltered,
            long nowMs,
            java.util.Collection<String> candidates) {
        Scan scan = store.scan(fromMs, toMs, true, candidates);
        if (unfiltered) {
            return scan.size();
        }
        String k = key + "#" + store.version();
        synchronized (counts) {
            CachedCount cached = counts.get(k);
            boolean settled = toMs + Conversation.MAX_DURATION_MS <= nowMs;
            if (cached != null && (settled || nowMs - cached.computedAtMs() < COUNT_TTL_MS)) {
                return cached.value();
            }
        }
        long n = 0;
        while (scan.hasNext()) {
            if (filter.test(scan.next())) {
                n++;
            }
        }
        synchronized (counts) {
            counts.put(k, new CachedCount(n, nowMs));
        }
        return n;
    }

    /** One page (1-based) of matches ordered by conversation start. */
    public List<Conversation> pageByStart(
            String key,
            long fromMs,
            long toMs,
            boolean ascending,
            Predicate<Conversation> filter,
            int pageSize,
            int pageNumber,
            java.util.Collection<String> candidates) {
        String k = key + "#" + store.version();
        Scan scan = store.scan(fromMs, toMs, ascending, candidates);
        int startPage = 1;
        synchronized (pageStarts) {
            TreeMap<Integer, long[]> known = pageStarts.get(k);
            if (known != null) {
                Map.Entry<Integer, long[]> floor = known.floorEntry(pageNumber);
                if (floor != null) {
                    startPage = floor.getKey();
                    scan.seek(floor.getValue());
                }
            }
        }
        long skip = (long) (pageNumber - startPage) * pageSize;
        while (skip > 0 && scan.hasNext()) {
            if (filter.test(scan.next())) {
                skip--;
            }
        }
        List<Conversation> page = new ArrayList<>(pageSize);
        while (page.size() < pageSize && scan.hasNext()) {
            Conversation c = scan.next();
            if (filter.test(c)) {
                page.add(c);
            }
        }
        synchronized (pageStarts) {
            pageStarts.computeIfAbsent(k, x -> new TreeMap<>()).put(pageNumber + 1, scan.position());
        }
        return page;
    }

    /**
     * One page ordered by conversation end (ongoing conversations last when ascending, first when descending).
     * Uses a window of at most {@link Conversation#MAX_DURATION_MS} of conversations; not cached, so page N costs
     * a scan of N pages.
     */
    public List<Conversation> pageByEnd(
            long fromMs,
            long toMs,
            boolean ascending,
            Predicate<Conversation> filter,
            int pageSize,
            int pageNumber,
            long nowMs,
            java.util.Collection<String> candidates) {
        long skip = (long) (pageNumber - 1) * pageSize;
        List<Conversation> page = new ArrayList<>(pageSize);
        List<Conversation> ongoing = new ArrayList<>();
        Comparator<Conversation> byEnd = Comparator.comparingLong(Conversation::endMs)
                .thenComparingLong(Conversation::startMs)
                .thenComparingLong(Conversation::index);
        PriorityQueue<Conversation> window = new PriorityQueue<>(ascending ? byEnd : byEnd.reversed());
        Scan scan = store.scan(fromMs, toMs, ascending, candidates);
        long[] emitted = {0};
        java.util.function.Consumer<Conversation> emit = c -> {
            if (emitted[0]++ >= skip && page.size() < pageSize) {
                page.add(c);
            }
        };
        if (!ascending) {
            // ongoing ones have the latest (unknown) end: first in descending order
            Scan all = store.scan(fromMs, toMs, false, candidates);
            while (all.hasNext()) {
                Conversation c = all.next();
                if (c.endMs() + Conversation.MAX_DURATION_MS < nowMs) {
                    break;
                }
                if (!c.endedBy(nowMs) && filter.test(c)) {
                    emit.accept(c);
                }
            }
        }
        while (scan.hasNext() && page.size() < pageSize) {
            Conversation c = scan.next();
            if (!filter.test(c)) {
                continue;
            }
            if (!c.endedBy(nowMs)) {
                if (ascending) {
                    ongoing.add(c);
                }
                continue;
            }
            while (!window.isEmpty()
                    && (ascending
                            ? window.peek().endMs() <= c.startMs()
                            : window.peek().endMs() >= c.startMs() + Conversation.MAX_DURATION_MS)) {
                emit.accept(window.poll());
            }
            window.add(c);
        }
        while (!window.isEmpty() && page.size() < pageSize) {
            emit.accept(window.poll());
        }
        for (Conversation c : ongoing) {
            emit.accept(c);
        }
        return page;
    }
}
