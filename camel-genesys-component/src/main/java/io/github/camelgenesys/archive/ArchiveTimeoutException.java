package io.github.camelgenesys.archive;

import java.time.Duration;

/**
 * A bounded wait of an archive exchange ran out: a free recording-job slot of the organization
 * ({@code jobSlotTimeout}) or the end of a recording job ({@code archiveJobTimeout}). Jobs the exchange could still
 * cancel were cancelled; the summary lists every conversation that was not done.
 */
public class ArchiveTimeoutException extends ArchiveException {

    /** Code of this exception ({@link #getCode()}). */
    public static final String CODE_TIMEOUT = "client.archive.timeout";

    private final String waitedFor;
    private final Duration limit;

    ArchiveTimeoutException(String waitedFor, String option, Duration limit, ArchiveSummary summary, Throwable cause) {
        super(CODE_TIMEOUT, "waited " + limit + " (" + option + ") for " + waitedFor, summary, cause);
        this.waitedFor = waitedFor;
        this.limit = limit;
    }

    /** What the exchange waited for, e.g. "a free recording job slot of the organization". */
    public String getWaitedFor() {
        return waitedFor;
    }

    /** The bound that ran out. */
    public Duration getLimit() {
        return limit;
    }
}
