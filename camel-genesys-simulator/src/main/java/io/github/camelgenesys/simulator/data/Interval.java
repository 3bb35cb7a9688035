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

import io.github.camelgenesys.simulator.http.ApiError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An ISO-8601 {@code start/end} interval; a missing, malformed or inverted one is a 400 naming the field. */
public record Interval(long startMs, long endMs) {
    public static final long DAY_MS = 86_400_000L;

    public static Interval parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest(field, field + " is required (ISO-8601 start/end)");
        }
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new ApiError(400, "invalid.date", field + " must be ISO-8601 start/end, got '" + text + "'", field);
        }
        long start = instant(field, parts[0]);
        long end = instant(field, parts[1]);
        if (end <= start) {
            throw new ApiError(400, "invalid.date", field + " end must be after its start: '" + text + "'", field);
        }
        return new Interval(start, end);
    }

    private static long instant(String field, String s) {
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new ApiError(400, "invalid.date", field + " has an invalid date '" + s + "'", field);
            }
        }
    }

    /** The UTC days the interval touches ("started on a day touched by the interval"). */
    public Interval touchedDays() {
        long from = Math.floorDiv(startMs, DAY_MS) * DAY_MS;
        long to = Math.floorDiv(endMs - 1, DAY_MS) * DAY_MS + DAY_MS;
        return new Interval(from, to);
    }

    @Override
    public String toString() {
        return io.github.camelgenesys.simulator.http.Json.date(startMs) + "/"
                + io.github.camelgenesys.simulator.http.Json.date(endMs);
    }
}
