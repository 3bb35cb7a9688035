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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.query.QueryInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checkpoint position, its text form, and how windows are cut and own conversations. */
class CheckpointTest {

    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-05-02T00:00:00Z");

    @Test
    void positionSkipsEarlierStartsAndDeliveredTiesButNotUndeliveredTies() {
        Instant start = T0.plusSeconds(10);
        Checkpoint cp = Checkpoint.windowStarted(T0, T1).after(start, "b");
        assertTrue(cp.delivered(T0.plusSeconds(5), "z"), "earlier start");
        assertTrue(cp.delivered(start, "b"), "the delivered tie");
        assertFalse(cp.delivered(start, "a"), "a tie a resubmitted job may return in another order");
        assertFalse(cp.delivered(T0.plusSeconds(11), "a"), "later start");

        Checkpoint tie = cp.after(start, "a");
        assertEquals(Set.of("a", "b"), tie.idsAtLastStart());
        assertEquals(Set.of("c"), tie.after(T0.plusSeconds(11), "c").idsAtLastStart());
    }

    @Test
    void textFormRoundTripsAndHasNoEqualsSignForFileStateRepository() {
        Checkpoint cp = Checkpoint.windowStarted(T0, T1)
                .after(T0.plusMillis(1500), "id-1")
                .after(T0.plusMillis(1500), "id-2");
        String text = cp.encode();
        assertFalse(text.contains("=") || text.contains("\n"), text);
        assertEquals(cp, Checkpoint.decode("k", text));

        Checkpoint next = Checkpoint.nextWindowAt(T1);
        Checkpoint decoded = Checkpoint.decode("k", next.encode());
        assertFalse(decoded.inWindow());
        assertNull(decoded.lastStart());
        assertEquals(T1, decoded.windowStart());
    }

    @Test
    void unreadableCheckpointNamesTheStateKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Checkpoint.decode("my-key", "42"));
        assertTrue(e.getMessage().contains("my-key"), e.getMessage());
    }

    @Test
    void windowsAreCutAtTheWatermarkAndWaitWhenItHasNotPassedTheStart() {
        WindowPlanner planner = new WindowPlanner(Duration.ofDays(1));
        assertEquals(new QueryInterval(T0, T1), planner.next(T0, T1.plusSeconds(60)));
        assertEquals(new QueryInterval(T0, T0.plusSeconds(3600)), planner.next(T0, T0.plusSeconds(3600)));
        assertNull(planner.next(T0, T0));
        assertNull(planner.next(T0, T0.minusSeconds(1)));
    }

    @Test
    void aConversationBelongsToTheWindowHoldingItsEndSoSpanningOnesAreDeliveredOnce() {
        QueryInterval first = new QueryInterval(T0, T1);
        QueryInterval second = new QueryInterval(T1, T1.plus(Duration.ofDays(1)));
        Instant start = T1.minusSeconds(60);
        Instant end = T1.plusSeconds(60);
        assertFalse(WindowPlanner.owns(first, start, end));
        assertTrue(WindowPlanner.owns(second, start, end));
        assertTrue(WindowPlanner.owns(first, start, T1), "ending exactly at the boundary: the earlier window");
        assertFalse(WindowPlanner.owns(second, start, T1));
        assertTrue(WindowPlanner.owns(first, start, null), "not ended: the window holding its start");
    }
}
