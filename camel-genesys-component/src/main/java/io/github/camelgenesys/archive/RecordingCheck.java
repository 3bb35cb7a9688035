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

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelgenesys.archive.RecordingJobsApi.Recording;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the API what a fulfilled job did to one conversation, when the job's totals show it did not match every
 * conversation it was given: {@code GET /api/v2/conversations/{id}/recordings?formatId=NONE} (one request per
 * conversation, paced by the client's rate limiter like every call).
 */
final class RecordingCheck {

    /** What the job did for one conversation. */
    enum Outcome {
        /** Every recording shows the action. */
        DONE,
        /** The conversation has no recording: nothing to do. */
        NO_RECORDINGS,
        /** A recording does not show the action yet (younger than the inclusion lag, or outside the job interval). */
        NOT_ELIGIBLE,
        /** The API does not know the conversation (404). */
        UNKNOWN
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecordingCheck.class);
    private static final TypeReference<List<Recording>> RECORDINGS = new TypeReference<>() {};

    private final GenesysClient client;
    private final String action;

    RecordingCheck(GenesysClient client, String action) {
        this.client = client;
        this.action = action;
    }

    Outcome check(String conversationId) {
        List<Recording> recordings;
        try {
            recordings = client.get(
                            "/api/v2/conversations/" + conversationId + "/recordings",
                            Map.of("formatId", "NONE"),
                            RECORDINGS)
                    .body();
        } catch (GenesysException e) {
            if (e.getStatus() == 404) {
                return Outcome.UNKNOWN;
            }
            LOG.warn(
                    "Recordings of conversation {} not readable, reported as not eligible: {}",
                    conversationId,
                    e.getMessage());
            return Outcome.NOT_ELIGIBLE;
        }
        if (recordings == null || recordings.isEmpty()) {
            return Outcome.NO_RECORDINGS;
        }
        return recordings.stream().allMatch(r -> r.shows(action)) ? Outcome.DONE : Outcome.NOT_ELIGIBLE;
    }
}
