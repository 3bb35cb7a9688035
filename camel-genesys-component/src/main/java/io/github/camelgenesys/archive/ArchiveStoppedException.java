package io.github.camelgenesys.archive;

/**
 * The route or the CamelContext stopped while an archive exchange waited: jobs still PENDING or READY were cancelled
 * (DELETE), a job already PROCESSING was left to finish on the server (the next run follows it when an
 * {@code archiveStateRepository} is set). Nothing unfinished was recorded as done; the summary lists it.
 */
public class ArchiveStoppedException extends ArchiveException {

    /** Code of this exception ({@link #getCode()}). */
    public static final String CODE_STOPPED = "client.archive.stopped";

    ArchiveStoppedException(ArchiveSummary summary) {
        super(CODE_STOPPED, "the route or context stopped", summary, null);
    }
}
