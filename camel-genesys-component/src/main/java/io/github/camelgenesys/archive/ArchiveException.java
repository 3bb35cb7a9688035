package io.github.camelgenesys.archive;

import java.util.List;

import io.github.camelgenesys.client.GenesysException;

/**
 * An archive exchange that did not fully succeed: some jobs failed or some recordings failed. A
 * {@link GenesysException} (so {@code onException(GenesysException.class)} catches it) that carries the
 * {@link ArchiveSummary}; a dead-letter route reads {@code getSummary().failedConversationIds()} to retry them.
 */
public class ArchiveException extends GenesysException {

    /** Code of this exception ({@link #getCode()}). */
    public static final String CODE_PARTIAL_FAILURE = "client.archive.partial.failure";

    private final transient ArchiveSummary summary;

    public ArchiveException(ArchiveSummary summary, Throwable cause) {
        super(commonPart(summary, cause));
        this.summary = summary;
    }

    private static Builder commonPart(ArchiveSummary summary, Throwable cause) {
        GenesysException g = cause instanceof GenesysException e ? e : null;
        Builder b = builder(g == null ? 0 : g.getStatus(), CODE_PARTIAL_FAILURE, message(summary, cause)).cause(cause);
        if (g != null) {
            b.correlationId(g.getCorrelationId()).details(g.getDetails());
        }
        return b;
    }

    private static String message(ArchiveSummary s, Throwable cause) {
        List<String> failed = s.failedConversationIds();
        return "Recording " + s.action() + " incomplete: " + s.failedJobs().size() + " of " + s.jobs()
                + " job(s) failed, " + s.recordingsFailed() + " recording(s) failed, " + failed.size()
                + " conversation(s) to retry" + (failed.isEmpty() ? "" : " (first: " + failed.get(0) + ")")
                + (cause == null ? "" : "; stopped by: " + cause.getMessage());
    }

    /** The summary of everything the exchange did, including the failed jobs and recordings. */
    public ArchiveSummary getSummary() {
        return summary;
    }

    /** Shortcut for {@code getSummary().failedConversationIds()}. */
    public List<String> getFailedConversationIds() {
        return summary.failedConversationIds();
    }
}
