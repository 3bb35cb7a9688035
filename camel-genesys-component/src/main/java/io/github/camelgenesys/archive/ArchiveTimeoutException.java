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
