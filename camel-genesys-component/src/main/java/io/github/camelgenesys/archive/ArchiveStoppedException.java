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
