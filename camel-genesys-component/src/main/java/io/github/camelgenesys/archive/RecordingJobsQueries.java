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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Builds the {@code RecordingJobsQuery} bodies of {@code POST /api/v2/recording/jobs}. */
final class RecordingJobsQueries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ArchiveOptions options;
    private final Clock clock;

    RecordingJobsQueries(ArchiveOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** A job for these conversations: an {@code or} of conversationId predicates over the archive lookback. */
    ObjectNode forIds(List<String> conversationIds) {
        Instant now = clock.instant();
        return forIds(conversationIds, new QueryInterval(now.minus(options.lookback()), now), now);
    }

    /**
     * A job for conversations whose starts are known: the interval runs from the earliest start to one second after
     * the latest (a job matches "conversations that had activity during the interval"; a start is activity).
     */
    ObjectNode forIds(List<String> conversationIds, Instant earliestStart, Instant latestStart) {
        Instant from = earliestStart.truncatedTo(ChronoUnit.SECONDS);
        Instant to = latestStart.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return forIds(conversationIds, new QueryInterval(from, to), clock.instant());
    }

    private ObjectNode forIds(List<String> conversationIds, QueryInterval interval, Instant now) {
        ObjectNode query = JSON.objectNode();
        query.put("interval", interval.toIso());
        query.put("order", "asc").put("orderBy", "conversationStart");
        ObjectNode filter = query.putArray("conversationFilters").addObject().put("type", "or");
        ArrayNode predicates = filter.putArray("predicates");
        conversationIds.forEach(id -> predicates
                .addObject()
                .put("type", "dimension")
                .put("dimension", "conversationId")
                .put("operator", "matches")
                .put("value", id));
        return job(query, now);
    }

    /** A job for an AsyncConversationQuery built elsewhere (selection=query). */
    ObjectNode forQuery(ObjectNode conversationQuery) {
        return job(conversationQuery, clock.instant());
    }

    private ObjectNode job(ObjectNode conversationQuery, Instant now) {
        ObjectNode job = JSON.objectNode().put("action", options.action());
        if (options.actionAge() != null) {
            job.put("actionAge", options.actionAge());
        } else {
            // the API needs actionDate or actionAge; without either the action takes effect now
            Instant date = options.actionDate() != null ? options.actionDate() : now;
            job.put(
                    "actionDate",
                    new QueryInterval(date, date.plusMillis(1)).toIso().split("/")[0]);
        }
        if (options.integrationId() != null) {
            job.put("integrationId", options.integrationId());
        }
        flag(job, "includeScreenRecordings", options.includeScreenRecordings());
        flag(job, "includeRecordingsWithSensitiveData", options.includeRecordingsWithSensitiveData());
        flag(job, "includePolicyBasedRecordings", options.includePolicyBasedRecordings());
        flag(job, "includeSnippetRecordings", options.includeSnippetRecordings());
        flag(job, "clearExport", options.clearExport());
        job.set("conversationQuery", conversationQuery);
        return job;
    }

    private static void flag(ObjectNode job, String name, Boolean value) {
        if (value != null) {
            job.put(name, value);
        }
    }
}
