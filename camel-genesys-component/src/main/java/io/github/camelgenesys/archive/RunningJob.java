package io.github.camelgenesys.archive;

import java.util.List;

import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob.n;

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
            LOG.info("Recording job {}: {} {}% ({} recording(s) processed of {})", id, status.state(), percent,
                    n(status.totalProcessedRecordings()), n(status.totalRecordings()));
            lastState = status.state();
            lastPercent = percent;
        }
    }
}
