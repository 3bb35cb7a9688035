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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QueryIntervalTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void absoluteIntervalIsRenderedWithMillisInUtc() {
        QueryInterval interval =
                QueryInterval.parse("interval", "2024-05-01T02:00:00+02:00/2024-05-02T00:00:00Z", clock, Duration.ZERO);
        assertEquals("2024-05-01T00:00:00.000Z/2024-05-02T00:00:00.000Z", interval.toIso());
    }

    @Test
    void startPlusDurationAddsTheDuration() {
        QueryInterval interval = QueryInterval.parse("interval", "2024-05-01T00:00:00Z/P2D", clock, Duration.ZERO);
        assertEquals(Instant.parse("2024-05-03T00:00:00Z"), interval.end());
    }

    @Test
    void relativeDurationEndsAtNowMinusLag() {
        QueryInterval interval = QueryInterval.parse("interval", "PT6H", clock, Duration.ofMinutes(1));
        assertEquals(Instant.parse("2024-05-10T11:59:00Z"), interval.end());
        assertEquals(Duration.ofHours(6), interval.length());
    }

    @Test
    void invertedIntervalIsRejectedNamingTheOption() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> QueryInterval.parse(
                        "interval", "2024-05-02T00:00:00Z/2024-05-01T00:00:00Z", clock, Duration.ZERO));
        assertTrue(e.getMessage().startsWith("Invalid interval '2024-05-02"), e.getMessage());
        assertTrue(e.getMessage().contains("must be before"), e.getMessage());
    }

    @Test
    void malformedIntervalListsTheAcceptedForms() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> QueryInterval.parse("startDate", "yesterday", clock, Duration.ZERO));
        assertTrue(e.getMessage().contains("Invalid startDate 'yesterday'"), e.getMessage());
        assertTrue(e.getMessage().contains("P1D"), e.getMessage());
    }

    @Test
    void monthsAreRejectedBecauseTheyHaveNoFixedLength() {
        assertThrows(
                IllegalArgumentException.class, () -> QueryInterval.parse("interval", "P1M", clock, Duration.ZERO));
    }

    @Test
    void containsIsHalfOpen() {
        QueryInterval interval = QueryInterval.parse("interval", "2024-05-01T00:00:00Z/P1D", clock, Duration.ZERO);
        assertTrue(interval.contains(Instant.parse("2024-05-01T00:00:00Z")));
        assertTrue(!interval.contains(Instant.parse("2024-05-02T00:00:00Z")));
    }
}
