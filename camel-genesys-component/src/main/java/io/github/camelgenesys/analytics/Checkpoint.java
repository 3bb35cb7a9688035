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

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
record Checkpoint(Instant windowStart, Instant windowEnd, Instant lastStart, Set<String> idsAtLastStart) {

    private static final String VERSION = "v1";

    Checkpoint {
        idsAtLastStart = idsAtLastStart == null ? Set.of() : Set.copyOf(idsAtLastStart);
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
            return new Checkpoint(windowStart, windowEnd, lastStart, ids);
        }
        return new Checkpoint(windowStart, windowEnd, conversationStart, Set.of(conversationId));
    }

    String encode() {
        return String.join(
                "|",
                VERSION,
                windowStart.toString(),
                text(windowEnd),
                text(lastStart),
                String.join(",", idsAtLastStart));
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
        return instant == null ? "" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }
}
