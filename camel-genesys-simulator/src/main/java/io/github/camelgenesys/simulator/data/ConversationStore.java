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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The historical conversations: generated lazily by index from the seed (no per-conversation storage), plus a
 * small list of "late" conversations injected by tests. Generated starts are strictly increasing with the index,
 * so a time range maps to an index range by binary search.
 */
public final class ConversationStore {
    private static final String[] MEDIA = {
        "voice",
        "voice",
        "voice",
        "voice",
        "voice",
        "voice",
        "voice",
        "voice",
        "voice",
        "message",
        "message",
        "message",
        "message",
        "message",
        "chat",
        "chat",
        "email",
        "email",
        "callback",
        "callback"
    };

    private record Injected(long startMs, String mediaType) {}

    private final long seed;
    private final long count;
    private final long historyStartMs;
    private final long spacingMs;
    private final int queues;
    private final Ids ids;
    private final List<Injected> injected = new ArrayList<>();
    private volatile long[] injectedByStart = new long[0];

    public ConversationStore(long seed, long count, long historyStartMs, long historyEndMs, int queues, Ids ids) {
        if (count < 0) {
            throw new IllegalArgumentException("conversations must be >= 0, got " + count);
        }
        this.seed = seed;
        this.count = count;
        this.historyStartMs = historyStartMs;
        long span = historyEndMs - historyStartMs;
        this.spacingMs = count == 0 ? span : span / count;
        if (count > 0 && spacingMs < 2) {
            throw new IllegalArgumentException("conversations: " + count + " conversations do not fit into the history"
                    + " (at most one conversation every 2 ms; raise days or lower conversations)");
        }
        this.queues = queues;
        this.ids = ids;
    }

    public long generatedCount() {
        return count;
    }

    public long historyStartMs() {
        return historyStartMs;
    }

    public Ids ids() {
        return ids;
    }

    /** Changes whenever conversations are injected; cached paging positions are keyed by it. */
    public synchronized int version() {
        return injected.size();
    }

    public long generatedStart(long i) {
        return historyStartMs + i * spacingMs + Long.remainderUnsigned(Hash.mix(seed, 1, i), spacingMs);
    }

    /** Smallest generated index whose start is >= ms (count if none). */
    public long firstGeneratedAtOrAfter(long ms) {
        long lo = 0;
        long hi = count;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (generatedStart(mid) < ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public Conversation get(long index) {
        long start;
        String media;
        if (index < count) {
            start = generatedStart(index);
            media = MEDIA[Hash.below(seed, 2, index, MEDIA.length)];
        } else {
            Injected inj;
            synchronized (this) {
                inj = injected.get((int) (index - count));
            }
            start = inj.startMs();
            media = inj.mediaType();
        }
        return derive(index, start, media);
    }

    /** The conversation with this id, or null. */
    public Conversation byId(String id) {
        long index = ids.parse(Ids.CONVERSATION, id);
        if (index < 0 || index >= count + version()) {
            return null;
        }
        return get(index);
    }

    private Conversation derive(long i, long start, String media) {
        String direction = Hash.below(seed, 3, i, 10) < 8 ? "inbound" : "outbound";
        int queue = Hash.below(seed, 4, i, queues);
        boolean abandoned = "inbound".equals(direction) && Hash.below(seed, 5, i, 100) < 8;
        long wait = Hash.between(seed, 6, i, 2_000, abandoned ? 180_000 : 300_000);
        long talk = abandoned ? 0 : Hash.between(seed, 7, i, 30_000, 20 * 60_000);
        long acw = abandoned ? 0 : Hash.between(seed, 8, i, 0, 120_000);
        int user = abandoned ? -1 : Hash.below(seed, 9, i, Catalog.USERS);
        int wrapUp = abandoned ? -1 : Hash.below(seed, 10, i, Catalog.WRAPUPS);
        boolean transferred = !abandoned && Hash.below(seed, 11, i, 100) < 10;
        return new Conversation(
                i,
                ids.id(Ids.CONVERSATION, i),
                start,
                media,
                direction,
                queue,
                user,
                queue % Catalog.DIVISIONS,
                wrapUp,
                wait,
                talk,
                acw,
                abandoned,
                transferred);
    }

    /** Adds late conversations (they appear in queries like data that arrived after the fact). */
    public synchronized List<String> inject(int n, long startMs, String mediaType) {
        List<String> added = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            injected.add(new Injected(startMs + k, mediaType));
            added.add(ids.id(Ids.CONVERSATION, count + injected.size() - 1));
        }
        Long[] order = new Long[injected.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = count + k;
        }
        Arrays.sort(
                order,
                Comparator.comparingLong(
                                (Long idx) -> injected.get((int) (idx - count)).startMs())
                        .thenComparingLong(idx -> idx));
        injectedByStart = Arrays.stream(order).mapToLong(Long::longValue).toArray();
        return added;
    }

    /** Injected indices with start in [fromMs, toMs), ascending by start. */
    long[] injectedBetween(long fromMs, long toMs) {
        long[] all = injectedByStart;
        return Arrays.stream(all)
                .filter(idx -> {
                    long s = get(idx).startMs();
                    return s >= fromMs && s < toMs;
                })
                .toArray();
    }

    /** The conversations with these ids (unknown ids skipped) started in [fromMs, toMs), in start order. */
    public Scan scanIds(java.util.Collection<String> conversationIds, long fromMs, long toMs, boolean ascending) {
        long limit = count + version();
        long[] indices = conversationIds.stream()
                .mapToLong(id -> ids.parse(Ids.CONVERSATION, id))
                .filter(i -> i >= 0 && i < limit)
                .distinct()
                .filter(i -> {
                    long s = get(i).startMs();
                    return s >= fromMs && s < toMs;
                })
                .boxed()
                .sorted(Comparator.comparingLong((Long i) -> get(i).startMs()).thenComparingLong(i -> i))
                .mapToLong(Long::longValue)
                .toArray();
        return Scan.over(this, indices, ascending);
    }

    /** Like {@link #scan} but limited to {@code candidates} when not null. */
    public Scan scan(long fromMs, long toMs, boolean ascending, java.util.Collection<String> candidates) {
        return candidates == null ? scan(fromMs, toMs, ascending) : scanIds(candidates, fromMs, toMs, ascending);
    }

    /** Conversations started in [fromMs, toMs), ascending or descending by start. */
    public Scan scan(long fromMs, long toMs, boolean ascending) {
        return new Scan(
                this,
                firstGeneratedAtOrAfter(fromMs),
                firstGeneratedAtOrAfter(toMs),
                injectedBetween(fromMs, toMs),
                ascending);
    }
}
