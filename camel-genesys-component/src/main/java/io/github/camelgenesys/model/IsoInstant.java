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
package io.github.camelgenesys.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants in the one form Genesys Cloud writes them ({@code 2024-05-01T10:15:30.123Z}: UTC, milliseconds), parsed
 * and formatted without {@code DateTimeFormatter}, which costs about a microsecond per call and is called 15–20 times
 * per conversation. Anything else (no or other fraction digits, an offset, a year past 9999) goes through
 * {@link Instant#parse} and {@link Instant#toString}, so the results are always theirs.
 */
public final class IsoInstant {

    private static final int UTC_MILLIS_LENGTH = 24; // yyyy-MM-ddTHH:mm:ss.SSSZ
    private static final long MIN_FAST_EPOCH_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long MAX_FAST_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private IsoInstant() {}

    /** Parses an ISO-8601 instant; same result and errors as {@link Instant#parse}. */
    public static Instant parse(CharSequence text) {
        Instant fast = parseUtcMillis(text, 0, text.length());
        return fast != null ? fast : Instant.parse(text);
    }

    /**
     * The instant {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in {@code chars[offset, offset + length)}, or null when the text
     * has another form or is not a valid date (the caller then falls back to a full parser, which reports it).
     */
    public static Instant parseUtcMillis(char[] chars, int offset, int length) {
        return parseUtcMillis(java.nio.CharBuffer.wrap(chars, offset, length), 0, length);
    }

    private static Instant parseUtcMillis(CharSequence s, int o, int length) {
        if (length != UTC_MILLIS_LENGTH
                || s.charAt(o + 4) != '-'
                || s.charAt(o + 7) != '-'
                || s.charAt(o + 10) != 'T'
                || s.charAt(o + 13) != ':'
                || s.charAt(o + 16) != ':'
                || s.charAt(o + 19) != '.'
                || s.charAt(o + 23) != 'Z') {
            return null;
        }
        int year = digits(s, o, 4);
        int month = digits(s, o + 5, 2);
        int day = digits(s, o + 8, 2);
        int hour = digits(s, o + 11, 2);
        int minute = digits(s, o + 14, 2);
        int second = digits(s, o + 17, 2);
        int millis = digits(s, o + 20, 3);
        if ((year | month | day | hour | minute | second | millis) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
    }

    /** The decimal value of {@code count} ASCII digits, or -1 when one is not a digit. */
    private static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** The same text as {@link Instant#toString()}, without a formatter for years 0000–9999. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        long epochDay = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        if (epochDay < MIN_FAST_EPOCH_DAY || epochDay > MAX_FAST_EPOCH_DAY) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        StringBuilder b = new StringBuilder(30);
        pad(b, date.getYear(), 4).append('-');
        pad(b, date.getMonthValue(), 2).append('-');
        pad(b, date.getDayOfMonth(), 2).append('T');
        pad(b, secondOfDay / 3_600, 2).append(':');
        pad(b, secondOfDay / 60 % 60, 2).append(':');
        pad(b, secondOfDay % 60, 2);
        if (nanos != 0) {
            b.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(b, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(b, nanos / 1_000, 6);
            } else {
                pad(b, nanos, 9);
            }
        }
        return b.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(text);
    }
}
