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

import java.time.Duration;

/**
 * When to read the status of each recording job in flight. A job waits twice: PENDING until Genesys has counted
 * it (READY, when the run executes it), then PROCESSING until it ends (when the run refills its slot). The producer
 * learns how long each wait takes ({@link PhaseForecast}, shared by its exchanges) and aims a poll at the moment the
 * state is expected to change, so the run acts on the change within milliseconds instead of up to a whole
 * {@code jobPollInterval} later:
 * <ul>
 * <li>nothing learned yet (the first jobs, or a job taken over mid-wait): the first poll after {@code shortest}, then
 * gaps doubling up to {@code jobPollInterval};</li>
 * <li>learned: the regular polls are shifted so that one lands on the expected change (no extra request), plus one
 * probe halfway through the forecast's uncertainty while it is wider than {@code shortest};</li>
 * <li>the change did not come when expected: gaps from {@code shortest} again, doubling up to
 * {@code jobPollInterval}.</li>
 * </ul>
 * Two polls of one job are never closer than {@code shortest} ({@code jobPollInterval / 10}, at most 1 s) except for
 * a poll aimed at a forecast point, and never more than {@code jobPollInterval} apart except that the first of the
 * regular polls aimed at a forecast point may come up to {@code shortest} later when that saves a poll (a 205 ms wait
 * at a 50 ms interval: 4 polls, not 5). Times are {@code TimeSource.nanoTime()} values of the client.
 */
final class PollTiming {

    /** The two waits of a recording job. */
    enum Phase {
        /** From the create request to READY. */
        PENDING,
        /** From the execute request to FULFILLED or FAILED. */
        PROCESSING
    }

    private static final long LONGEST_SHORT_GAP = Duration.ofSeconds(1).toNanos();

    private final long intervalNanos;
    private final long shortestNanos;
    private final PhaseForecast pending = new PhaseForecast();
    private final PhaseForecast processing = new PhaseForecast();

    PollTiming(Duration pollInterval) {
        this.intervalNanos = Math.max(1, pollInterval.toNanos());
        this.shortestNanos = Math.max(1, Math.min(intervalNanos / 10, LONGEST_SHORT_GAP));
    }

    /**
     * The job entered a wait at {@code at}.
     *
     * @param measured true when {@code at} is when the wait began (the request that started it was sent at
     *                 {@code at}), so its length teaches the forecast; false for a job taken over mid-wait
     */
    void begin(RunningJob job, Phase phase, long at, boolean measured) {
        job.phase = phase;
        job.phaseStart = at;
        job.phaseMeasured = measured;
        job.lastPoll = at;
        job.lastUnchanged = 0;
        job.gap = 0;
        job.nextPoll = plan(job);
    }

    /**
     * A poll sent at {@code sentAt} and answered at {@code answeredAt} showed the job still in its wait. The next
     * poll is planned from the answer, so a slow answer does not make the polls follow each other back to back.
     */
    void unchanged(RunningJob job, long sentAt, long answeredAt) {
        job.lastPoll = answeredAt;
        job.lastUnchanged = Math.max(job.lastUnchanged, sentAt - job.phaseStart);
        job.nextPoll = plan(job);
    }

    /**
     * A poll sent at {@code sentAt} showed the wait over. The forecast is kept in send times: a poll sent that long
     * after the start of the wait got the new state (what aiming the next job's poll needs).
     */
    void changed(RunningJob job, long sentAt) {
        if (job.phaseMeasured) {
            forecast(job.phase).observe(job.lastUnchanged, sentAt - job.phaseStart);
        }
    }

    /** The next poll one {@code jobPollInterval} after {@code now} (a refused execute, an unreadable status). */
    void later(RunningJob job, long now) {
        job.lastPoll = now;
        job.nextPoll = now + intervalNanos;
    }

    /** A retry of something refused (e.g. a create at the organization's job limit): one interval later. */
    long retryAt(long now) {
        return now + intervalNanos;
    }

    PhaseForecast forecast(Phase phase) {
        return phase == Phase.PENDING ? pending : processing;
    }

    private long plan(RunningJob job) {
        long last = job.lastPoll - job.phaseStart;
        PhaseForecast.Bracket expected = job.phaseMeasured ? forecast(job.phase).bracket() : null;
        if (expected != null) {
            long target = -1;
            long mid = expected.lo() + (expected.hi() - expected.lo()) / 2;
            if (expected.hi() - expected.lo() > shortestNanos && mid > last) {
                target = mid;
            } else if (expected.hi() > last) {
                target = expected.hi();
            }
            if (target >= 0) {
                // the regular polls, counted back from the target so that the last one lands on it; the first one
                // at least `shortest` after the previous poll, and up to `shortest` late rather than one poll more
                long polls = Math.max(1, (target - last - shortestNanos + intervalNanos - 1) / intervalNanos);
                job.gap = 0;
                return job.phaseStart
                        + Math.max(target - (polls - 1) * intervalNanos, Math.min(target, last + shortestNanos));
            }
        }
        job.gap = job.gap == 0 ? shortestNanos : Math.min(intervalNanos, job.gap * 2);
        return job.lastPoll + job.gap;
    }
}
