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

import io.github.camelgenesys.client.GenesysException;
import java.util.ArrayList;
import java.util.List;

/**
 * An archive exchange that did not fully succeed: some jobs failed or could not be created, or some recordings
 * failed. A {@link GenesysException} (so {@code onException(GenesysException.class)} catches it) that carries the
 * {@link ArchiveSummary}; a dead-letter route reads {@code getSummary().failedConversationIds()} to retry them.
 * Subtypes say why the run ended early: {@link ArchiveTimeoutException} (a bounded wait ran out) and
 * {@link ArchiveStoppedException} (the route or context stopped).
 */
public class ArchiveException extends GenesysException {

    /** Code of this exception ({@link #getCode()}). */
    public static final String CODE_PARTIAL_FAILURE = "client.archive.partial.failure";

    private final transient ArchiveSummary summary;

    public ArchiveException(ArchiveSummary summary, Throwable cause) {
        this(CODE_PARTIAL_FAILURE, null, summary, cause);
    }

    /** @param why what ended the run early, first in the message; null when nothing did */
    protected ArchiveException(String code, String why, ArchiveSummary summary, Throwable cause) {
        super(commonPart(code, why, summary, cause));
        this.summary = summary;
    }

    private static Builder commonPart(String code, String why, ArchiveSummary summary, Throwable cause) {
        GenesysException g = cause instanceof GenesysException e ? e : null;
        Builder b = builder(g == null ? 0 : g.getStatus(), code, message(why, summary, cause))
                .cause(cause);
        if (g != null) {
            b.correlationId(g.getCorrelationId()).details(g.getDetails());
        }
        return b;
    }

    static String message(String why, ArchiveSummary s, Throwable cause) {
        long notCreated = s.failedJobs().stream().filter(j -> j.jobId() == null).count();
        long failedCreated = s.failedJobs().size() - notCreated;
        List<String> parts = new ArrayList<>();
        if (failedCreated > 0) {
            parts.add(failedCreated + " of " + s.jobs() + " job(s) failed");
        }
        if (notCreated > 0) {
            parts.add(notCreated + " job(s) could not be created");
        }
        if (s.recordingsFailed() > 0) {
            parts.add(s.recordingsFailed() + " recording(s) failed");
        }
        List<String> failed = s.failedConversationIds();
        parts.add(failed.size() + " conversation(s) to retry"
                + (failed.isEmpty() ? "" : " (first: " + failed.get(0) + ")"));
        return "Recording " + s.action() + " incomplete: " + (why == null ? "" : why + "; ") + String.join(", ", parts)
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
