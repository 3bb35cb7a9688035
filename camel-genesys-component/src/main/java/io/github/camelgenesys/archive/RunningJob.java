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

import static io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob.n;

import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A recording job an archive run follows: its conversations and what the run knows of its progress. */
final class RunningJob {

    private static final Logger LOG = LoggerFactory.getLogger(RunningJob.class);

    final String id;
    final List<String> ids;
    final boolean holdsSlot;
    /** When the run created or took up the job ({@code TimeSource.nanoTime()} of the client). */
    final long createdNanos;

    boolean executed;
    int lastPercent = -1;
    String lastState;
    int pollFailures;
    long executeRefusedSince;

    // when to poll it ({@link PollTiming}): the wait it is in, since when, and the polls during it
    PollTiming.Phase phase;
    long phaseStart;
    boolean phaseMeasured;
    long lastPoll;
    /** Nanoseconds from {@link #phaseStart} to the last poll that still saw the wait (0: none yet). */
    long lastUnchanged;
    /** The last backoff gap (0: not backing off). */
    long gap;

    long nextPoll;

    RunningJob(String id, List<String> ids, boolean holdsSlot, long createdNanos) {
        this.id = id;
        this.ids = ids;
        this.holdsSlot = holdsSlot;
        this.createdNanos = createdNanos;
    }

    /** Logs the status when its state or progress changed. */
    void logProgress(RecordingJob status) {
        int percent = n(status.percentProgress());
        if (!String.valueOf(status.state()).equals(lastState) || percent != lastPercent) {
            LOG.info(
                    "Recording job {}: {} {}% ({} recording(s) processed of {})",
                    id, status.state(), percent, n(status.totalProcessedRecordings()), n(status.totalRecordings()));
            lastState = status.state();
            lastPercent = percent;
        }
    }
}
