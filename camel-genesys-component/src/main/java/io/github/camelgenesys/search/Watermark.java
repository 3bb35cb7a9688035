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
package io.github.camelgenesys.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The position of an incremental search, kept in the state repository as {@code floorMs|endMs|id,id,...}.
 * <ul>
 * <li>{@code floor}: the start of the first run's interval; conversations that started earlier are never emitted.</li>
 * <li>{@code end} and {@code idsAtEnd}: the latest conversationEnd emitted (or scanned past) and the ids emitted
 * with exactly that end. Several conversations can end in the same millisecond and the API does not order ties by
 * id, so the ids at the boundary are kept instead of a single (end, id) pair.</li>
 * </ul>
 */
record Watermark(Instant floor, Instant end, Set<String> idsAtEnd) {

    Watermark {
        idsAtEnd = Set.copyOf(idsAtEnd);
    }

    static Watermark startingAt(Instant floor) {
        return new Watermark(floor, null, Set.of());
    }

    /** Parses the stored form; null or blank text means no position yet. */
    static Watermark parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalStateException(
                    "Unreadable search watermark '" + text + "' in the stateRepository; expected floorMs|endMs|ids");
        }
        Instant floor = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        Instant end = parts[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[1]));
        Set<String> ids = parts[2].isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(parts[2].split(",")));
        return new Watermark(floor, end, ids);
    }

    String format() {
        return floor.toEpochMilli() + "|" + (end == null ? "" : String.valueOf(end.toEpochMilli())) + "|"
                + String.join(",", idsAtEnd);
    }

    /** Whether a conversation with this start, end and id comes after the position. */
    boolean admits(Instant start, Instant conversationEnd, String id) {
        if (start == null || start.isBefore(floor) || conversationEnd == null) {
            return false;
        }
        if (end == null || conversationEnd.isAfter(end)) {
            return true;
        }
        return conversationEnd.equals(end) && !idsAtEnd.contains(id);
    }

    /** The position after emitting this conversation; never moves backwards. */
    Watermark after(Instant conversationEnd, String id) {
        if (end == null || conversationEnd.isAfter(end)) {
            return new Watermark(floor, conversationEnd, Set.of(id));
        }
        if (conversationEnd.equals(end)) {
            Set<String> ids = new LinkedHashSet<>(idsAtEnd);
            ids.add(id);
            return new Watermark(floor, end, ids);
        }
        return this;
    }

    /**
     * The position after a complete scan of everything that ended before {@code cutoff}: nothing before it can come
     * later (given the interval lag), so the next run starts there.
     */
    Watermark scannedUpTo(Instant cutoff) {
        if (end != null && !cutoff.isAfter(end)) {
            return this;
        }
        return new Watermark(floor, cutoff, Set.of());
    }
}
