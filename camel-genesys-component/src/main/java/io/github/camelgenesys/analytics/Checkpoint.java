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

import io.github.camelgenesys.model.IsoInstant;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where incremental details extraction stands: the window being worked on and the position inside it.
 * <p>
 * {@code windowEnd == null}: the next window starts at {@code windowStart} and has not been planned yet.
 * Otherwise the window {@code [windowStart, windowEnd)} is in progress and every conversation that sorts at or before
 * the position has been delivered. The position is the conversationStart of the last delivered conversation plus the
 * ids delivered with exactly that start (usually one): results come ordered by conversationStart, but the order of
 * equal starts is not guaranteed to be the same in a resubmitted job, so ties are remembered by id. The position
 * therefore survives a resubmitted job (a new job id and cursor), unlike a page index or a cursor.
 * <p>
 * Stored as one line of text ({@code v1|start|end|lastStart|id,id}) so any {@code StateRepository} (file, JDBC, ...)
 * can hold it; it contains no {@code =} nor newline.
 */
final class Checkpoint {

    private static final String VERSION = "v1";

    private final Instant windowStart;
    private final Instant windowEnd;
    private final Instant lastStart;
    private final Set<String> idsAtLastStart;
    /** {@code v1|start|end|}: the same for every checkpoint of a window, formatted once per window. */
    private final String windowText;

    Checkpoint(Instant windowStart, Instant windowEnd, Instant lastStart, Set<String> idsAtLastStart) {
        this(windowStart, windowEnd, lastStart, idsAtLastStart, null);
    }

    private Checkpoint(
            Instant windowStart, Instant windowEnd, Instant lastStart, Set<String> idsAtLastStart, String windowText) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.lastStart = lastStart;
        this.idsAtLastStart = idsAtLastStart == null ? Set.of() : Set.copyOf(idsAtLastStart);
        this.windowText = windowText != null
                ? windowText
                : VERSION + "|" + IsoInstant.format(windowStart) + "|" + text(windowEnd) + "|";
    }

    Instant windowStart() {
        return windowStart;
    }

    Instant windowEnd() {
        return windowEnd;
    }

    Instant lastStart() {
        return lastStart;
    }

    Set<String> idsAtLastStart() {
        return idsAtLastStart;
    }

    static Checkpoint nextWindowAt(Instant start) {
        return new Checkpoint(start, null, null, Set.of());
    }

    static Checkpoint windowStarted(Instant start, Instant end) {
        return new Checkpoint(start, end, null, Set.of());
    }

    boolean inWindow() {
        return windowEnd != null;
    }

    /** Whether a conversation with this start and id was delivered already (it sorts at or before the position). */
    boolean delivered(Instant conversationStart, String conversationId) {
        if (lastStart == null) {
            return false;
        }
        int c = conversationStart.compareTo(lastStart);
        return c < 0 || c == 0 && idsAtLastStart.contains(conversationId);
    }

    /** The checkpoint after delivering a conversation (results arrive in ascending conversationStart order). */
    Checkpoint after(Instant conversationStart, String conversationId) {
        if (conversationStart.equals(lastStart)) {
            Set<String> ids = new LinkedHashSet<>(idsAtLastStart);
            ids.add(conversationId);
            return new Checkpoint(windowStart, windowEnd, lastStart, ids, windowText);
        }
        return new Checkpoint(windowStart, windowEnd, conversationStart, Set.of(conversationId), windowText);
    }

    /** The stored text; only the position is formatted here, the window part was formatted once per window. */
    String encode() {
        return windowText + text(lastStart) + "|" + String.join(",", idsAtLastStart);
    }

    static Checkpoint decode(String key, String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("The checkpoint '" + text + "' under state key '" + key
                    + "' is not one this version wrote (expected v1|windowStart|windowEnd|lastStart|ids);"
                    + " remove it or use another stateKey");
        }
        try {
            return new Checkpoint(
                    Instant.parse(parts[1]),
                    instant(parts[2]),
                    instant(parts[3]),
                    parts[4].isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(parts[4].split(","))));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The checkpoint '" + text + "' under state key '" + key + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? "" : IsoInstant.format(instant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c
                && windowStart.equals(c.windowStart)
                && Objects.equals(windowEnd, c.windowEnd)
                && Objects.equals(lastStart, c.lastStart)
                && idsAtLastStart.equals(c.idsAtLastStart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(windowStart, windowEnd, lastStart, idsAtLastStart);
    }

    @Override
    public String toString() {
        return "Checkpoint[windowStart=" + windowStart + ", windowEnd=" + windowEnd + ", lastStart=" + lastStart
                + ", idsAtLastStart=" + idsAtLastStart + "]";
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }
}
