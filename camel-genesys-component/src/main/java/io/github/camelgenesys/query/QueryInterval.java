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
package io.github.camelgenesys.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Locale;

/**
 * A half-open analytics interval {@code [start, end)} as the Genesys analytics API expects it ({@code start/end}, ISO-8601).
 * <p>
 * Accepted forms: {@code 2024-05-01T00:00:00Z/2024-05-02T00:00:00Z}, {@code 2024-05-01T00:00:00Z/P1D} (start plus a
 * duration), and a bare duration such as {@code P1D} or {@code PT6H}, which means the span of that length ending at
 * {@code now - lag} (the Genesys guidance is to keep the end of a query in the past, so data is complete).
 */
public record QueryInterval(Instant start, Instant end) {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public QueryInterval {
        if (start == null || end == null) {
            throw new IllegalArgumentException("interval needs a start and an end");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " must be before its end " + end);
        }
    }

    /**
     * Parses an interval option.
     *
     * @param  option the option name, used in error messages
     * @param  text   the option value
     * @param  clock  the clock that defines "now" for relative intervals
     * @param  lag    how far before now a relative interval ends
     * @throws IllegalArgumentException naming the option and the accepted forms
     */
    public static QueryInterval parse(String option, String text, Clock clock, Duration lag) {
        if (text == null || text.isBlank()) {
            throw invalid(option, text, "it is empty");
        }
        String value = text.trim();
        try {
            int slash = value.indexOf('/');
            if (slash < 0) {
                Instant end = clock.instant().minus(lag);
                return new QueryInterval(end.minus(parseAmount(value)), end);
            }
            Instant start = parseInstant(value.substring(0, slash));
            String second = value.substring(slash + 1);
            Instant end = second.startsWith("P") || second.startsWith("p")
                    ? start.plus(parseAmount(second))
                    : parseInstant(second);
            return new QueryInterval(start, end);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid(option, text, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw invalid(option, text, e.getMessage());
        }
    }

    /** Parses an instant or an offset date-time ({@code 2024-05-01T00:00:00Z}, {@code 2024-05-01T02:00:00+02:00}). */
    public static Instant parseInstant(String text) {
        String value = text.trim();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toInstant();
        }
    }

    /** Parses {@code P1D}, {@code PT6H}, {@code P1DT12H}; day-based periods are taken as 24-hour days (UTC). */
    public static Duration parseAmount(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        TemporalAmount amount;
        int t = value.indexOf('T');
        if (t < 0) {
            Period period = Period.parse(value);
            if (period.getYears() != 0 || period.getMonths() != 0) {
                throw new IllegalArgumentException("years and months are not fixed lengths; use days (P30D)");
            }
            amount = Duration.ofDays(period.getDays());
        } else {
            amount = Duration.parse(value);
        }
        Duration duration = (Duration) amount;
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive");
        }
        return duration;
    }

    /**
     * Rejects an interval that starts at or after {@code now} (no conversation can match it yet).
     *
     * @return true when the interval ends after {@code now}: only its past part has data, the caller warns
     * @throws IllegalArgumentException naming the option and what is allowed
     */
    public boolean checkNotInFuture(String option, Instant now) {
        if (!start.isBefore(now)) {
            throw new IllegalArgumentException(option + " " + this + " starts in the future (now is " + now
                    + "); allowed: an interval that starts before now, e.g. P1D"
                    + " (the last day, ending now - intervalLag)");
        }
        return end.isAfter(now);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** The interval in the form the Genesys API expects, with millisecond precision in UTC. */
    public String toIso() {
        return ISO_MILLIS.format(start) + "/" + ISO_MILLIS.format(end);
    }

    @Override
    public String toString() {
        return toIso();
    }

    private static IllegalArgumentException invalid(String option, String text, String why) {
        return new IllegalArgumentException("Invalid " + option + " '" + text + "': " + why
                + ". Use an ISO-8601 interval (2024-05-01T00:00:00Z/2024-05-02T00:00:00Z),"
                + " a start plus a duration (2024-05-01T00:00:00Z/P1D),"
                + " or a duration back from now (P1D, PT6H)");
    }
}
