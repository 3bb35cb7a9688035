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

/**
 * The messages of a message conversation, derived from (seed, conversation, n). Most conversations have 2-20
 * messages, 10% have 21-60, 3% have 200-400 and 2% have 600-900; 5% start with messages older than 90 days (a
 * persistent thread); 10% list their messages out of timestamp order (half of the 600-900 ones); 10% of messages
 * are Structured with an attachment.
 */
public final class Messages {
    public static final int MAX_PER_CONVERSATION = 1024;
    /** Fewest messages of the largest conversations. */
    public static final int LARGE_MIN = 600;

    private static final long DAY_MS = 86_400_000L;

    /** One message. */
    public record Message(
            String id, long conversationIndex, int number, long timeMs, boolean inbound, boolean structured) {}

    private final long seed;
    private final Ids ids;

    public Messages(long seed, Ids ids) {
        this.seed = seed;
        this.ids = ids;
    }

    public int count(Conversation c) {
        int bucket = Hash.below(seed, 40, c.index(), 100);
        if (bucket < 85) {
            return (int) Hash.between(seed, 44, c.index(), 2, 20);
        }
        if (bucket < 95) {
            return (int) Hash.between(seed, 44, c.index(), 21, 60);
        }
        if (bucket < 98) {
            return (int) Hash.between(seed, 44, c.index(), 200, 400);
        }
        return (int) Hash.between(seed, 44, c.index(), LARGE_MIN, 900);
    }

    public int oldCount(Conversation c) {
        return Hash.below(seed, 41, c.index(), 100) < 5 ? (int) Hash.between(seed, 45, c.index(), 3, 10) : 0;
    }

    /** True when the conversation lists its messages out of timestamp order. */
    public boolean outOfOrder(Conversation c) {
        return Hash.below(seed, 43, c.index(), 100) < (count(c) >= LARGE_MIN ? 50 : 10);
    }

    public Message message(Conversation c, int m) {
        int old = oldCount(c);
        int n = count(c) + old;
        long time;
        if (m < old) {
            long daysBack = Hash.between(seed, 46, c.index(), 91, 120);
            time = c.startMs() - daysBack * DAY_MS + m * 60_000L;
        } else {
            long span = Math.max(1, c.endMs() - c.startMs());
            time = c.startMs() + (m - old) * span / Math.max(1, n - old);
        }
        long key = c.index() * MAX_PER_CONVERSATION + m;
        boolean inbound = m == old || c.abandoned() || Hash.below(seed, 47, key, 100) < 55;
        boolean structured = Hash.below(seed, 48, key, 100) < 10;
        return new Message(ids.id(Ids.MESSAGE, key), c.index(), m, time, inbound, structured);
    }

    /** Number of messages, including the old ones. */
    public int total(Conversation c) {
        return count(c) + oldCount(c);
    }

    /** The position in listing order of the message listed at {@code slot} (pairs swapped when out of order). */
    public int listed(Conversation c, int slot) {
        if (!outOfOrder(c)) {
            return slot;
        }
        int partner = slot ^ 1;
        return partner < total(c) ? partner : slot;
    }

    /** Conversation index and message number of a message id, or null. */
    public long[] parse(String messageId) {
        long key = ids.parse(Ids.MESSAGE, messageId);
        return key < 0 ? null : new long[] {key / MAX_PER_CONVERSATION, key % MAX_PER_CONVERSATION};
    }
}
