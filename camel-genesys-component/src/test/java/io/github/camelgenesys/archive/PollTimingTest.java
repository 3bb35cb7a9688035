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
package io.github.camelgenesys.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the archive producer reads a recording job's status: short first polls backing off to jobPollInterval while
 * nothing is known, then polls aimed at the state change the earlier jobs showed, never more than jobPollInterval
 * apart. Times in milliseconds from the start of a wait (the clock is the test's: no real time passes).
 */
class PollTimingTest {

    private static final long MS = 1_000_000L;

    /** The send times (ms) of the polls of one wait that ends at {@code endsAt} ms; answers take no time. */
    private static List<Long> pollsOfAWait(PollTiming timing, PollTiming.Phase phase, long endsAt) {
        RunningJob job = new RunningJob("job", List.of(), true, 0);
        timing.begin(job, phase, 0, true);
        List<Long> polls = new ArrayList<>();
        while (polls.size() < 1000) {
            long at = job.nextPoll;
            polls.add(at / MS);
            if (at >= endsAt * MS) {
                timing.changed(job, at);
                return polls;
            }
            timing.unchanged(job, at, at);
        }
        throw new AssertionError("the wait was never seen over: " + polls);
    }

    private static void assertNoGapOver(long intervalMs, List<Long> polls) {
        long previous = 0;
        for (long at : polls) {
            assertTrue(at - previous <= intervalMs, "a gap over " + intervalMs + " ms: " + polls);
            previous = at;
        }
    }

    @Test
    void withNothingLearnedTheFirstPollsAreShortAndBackOffToTheInterval() {
        PollTiming timing = new PollTiming(Duration.ofSeconds(3));

        List<Long> polls = pollsOfAWait(timing, PollTiming.Phase.PENDING, 10_000);

        // a tenth of the interval first, then doubling gaps up to the interval
        assertEquals(List.of(300L, 900L, 2100L, 4500L, 7500L, 10500L), polls);
    }

    @Test
    void theShortestGapIsAtMostOneSecondWhateverTheInterval() {
        PollTiming timing = new PollTiming(Duration.ofMinutes(10));

        List<Long> polls = pollsOfAWait(timing, PollTiming.Phase.PENDING, 200);

        assertEquals(List.of(1000L), polls, "a 200 ms wait is seen after 1 s, not after the 10 min interval");
    }

    @Test
    void onceAWaitIsKnownTheNextJobsPollLandsOnTheExpectedChangeWithoutExtraRequests() {
        PollTiming timing = new PollTiming(Duration.ofMillis(50));
        pollsOfAWait(timing, PollTiming.Phase.PROCESSING, 200);
        List<Long> last = List.of();
        for (int job = 0; job < 12; job++) {
            last = pollsOfAWait(timing, PollTiming.Phase.PROCESSING, 200);
            // at most the interval, or a tenth more when that saves a poll
            assertNoGapOver(55, last);
        }

        PhaseForecast.Bracket learned =
                timing.forecast(PollTiming.Phase.PROCESSING).bracket();
        assertTrue(learned.lo() <= 200 * MS && learned.hi() - 200 * MS <= 5 * MS, "learned: " + learned);
        // the regular 50 ms polls, shifted so that the fourth lands on the change: as many polls as a fixed cadence
        assertEquals(4, last.size(), "polls: " + last);
        assertTrue(last.get(3) - 200 <= 5, "the change is seen within 5 ms: " + last);
    }

    @Test
    void aWaitLongerThanExpectedIsFollowedWithShortGapsBackingOffToTheInterval() {
        PollTiming timing = new PollTiming(Duration.ofMillis(50));
        for (int job = 0; job < 10; job++) {
            pollsOfAWait(timing, PollTiming.Phase.PENDING, 200);
        }

        List<Long> polls = pollsOfAWait(timing, PollTiming.Phase.PENDING, 400);

        assertNoGapOver(55, polls);
        assertTrue(polls.get(polls.size() - 1) - 400 <= 50, "seen within one interval: " + polls);
        // and the forecast widens to take the longer wait in
        assertTrue(timing.forecast(PollTiming.Phase.PENDING).bracket().hi() >= 400 * MS);
    }

    @Test
    void aJobTakenOverMidWaitTeachesNothing() {
        PollTiming timing = new PollTiming(Duration.ofMillis(50));
        RunningJob job = new RunningJob("job", List.of(), true, 0);
        timing.begin(job, PollTiming.Phase.PROCESSING, 0, false);

        timing.changed(job, 7 * MS);

        assertEquals(null, timing.forecast(PollTiming.Phase.PROCESSING).bracket());
    }
}
