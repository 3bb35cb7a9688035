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
package io.github.camelgenesys.analytics;

import io.github.camelgenesys.query.QueryInterval;
import java.time.Duration;
import java.time.Instant;

/**
 * Cuts the timeline into details-job windows: {@code windowSize} long, never ending after the watermark
 * (data-availability date minus availabilityLag), so a window is only queried once the data lake holds all of it.
 */
final class WindowPlanner {

    private final Duration windowSize;

    WindowPlanner(Duration windowSize) {
        this.windowSize = windowSize;
    }

    /** The next window starting at {@code start}, or null when the watermark has not passed {@code start} yet. */
    QueryInterval next(Instant start, Instant watermark) {
        if (!watermark.isAfter(start)) {
            return null;
        }
        Instant end = start.plus(windowSize);
        return new QueryInterval(start, end.isAfter(watermark) ? watermark : end);
    }

    /**
     * Whether a conversation belongs to a window. A details job returns every conversation with activity during its
     * interval, so a conversation spanning a window boundary comes back from both windows' jobs. It is assigned to
     * exactly one: the window {@code (start, end]} containing its conversationEnd, the moment its record becomes
     * final. (Half-open at the start because a job's "activity" means ending after the interval start: a conversation
     * ending exactly at a boundary is returned by the earlier window only.) A conversation that has not ended (only
     * with completedOnly=false) belongs to the window containing its conversationStart.
     */
    static boolean owns(QueryInterval window, Instant conversationStart, Instant conversationEnd) {
        if (conversationEnd == null) {
            return conversationStart != null && window.contains(conversationStart);
        }
        return conversationEnd.isAfter(window.start()) && !conversationEnd.isAfter(window.end());
    }
}
