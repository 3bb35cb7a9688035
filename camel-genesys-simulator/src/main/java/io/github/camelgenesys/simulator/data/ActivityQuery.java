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

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * An AsyncConversationQuery resolved against the data as of {@code asOfMs} (the data availability date):
 * conversations with activity during the interval, complete by {@code asOfMs}, matching the filters.
 */
public record ActivityQuery(
        Interval interval,
        Predicate<Conversation> filter,
        long asOfMs,
        boolean ascending,
        long limit,
        java.util.Set<String> candidates) {

    /** Iterates matches from a position (null = the beginning). */
    public Matches iterate(ConversationStore store, long[] position) {
        long to = Math.min(interval.endMs(), asOfMs);
        Scan scan = store.scan(
                interval.startMs() - Conversation.MAX_DURATION_MS,
                Math.max(to, interval.startMs()),
                ascending,
                candidates);
        if (position != null) {
            scan.seek(position);
        }
        return new Matches(scan);
    }

    public boolean includes(Conversation c) {
        long end = c.endMs();
        return c.startMs() < interval.endMs() && end > interval.startMs() && end <= asOfMs && filter.test(c);
    }

    /** Lazy matching conversations with a resumable position. */
    public final class Matches implements Iterator<Conversation> {
        private final Scan scan;
        private Conversation next;
        private long[] positionBeforeNext;

        Matches(Scan scan) {
            this.scan = scan;
        }

        @Override
        public boolean hasNext() {
            while (next == null && scan.hasNext()) {
                long[] before = scan.position();
                Conversation c = scan.next();
                if (includes(c)) {
                    next = c;
                    positionBeforeNext = before;
                }
            }
            return next != null;
        }

        @Override
        public Conversation next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Conversation c = next;
            next = null;
            return c;
        }

        /** Position to resume at so that the next match is returned first. */
        public long[] position() {
            return next != null ? positionBeforeNext : scan.position();
        }
    }
}
