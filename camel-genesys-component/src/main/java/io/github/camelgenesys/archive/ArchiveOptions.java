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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.options.ArchiveAction;
import io.github.camelgenesys.options.ArchiveSelection;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/** The archive options of an endpoint, validated once when the endpoint is initialized (before any API call). */
public record ArchiveOptions(
        String action,
        Instant actionDate,
        Integer actionAge,
        String integrationId,
        Boolean includeScreenRecordings,
        Boolean includeRecordingsWithSensitiveData,
        Boolean includePolicyBasedRecordings,
        Boolean includeSnippetRecordings,
        Boolean clearExport,
        Supplier<ObjectNode> selectionQuery,
        int batchSize,
        int maxConcurrentJobs,
        Duration pollInterval,
        Duration lookback,
        Duration jobSlotTimeout,
        Duration jobTimeout,
        IdempotentRepository idempotentRepository,
        StateRepository<String, String> stateRepository,
        String auditFile) {

    /** Same cap as the component's query validator: the API publishes no predicate limit. */
    static final int MAX_BATCH_SIZE = 500;

    /** @throws IllegalArgumentException naming the option */
    public static ArchiveOptions from(GenesysConfiguration c, ClassLoader classLoader, Clock clock) {
        c.requireValidChoices();
        String action = c.getAction().name();
        if (c.getAction() == ArchiveAction.EXPORT
                && (c.getIntegrationId() == null || c.getIntegrationId().isBlank())) {
            throw new IllegalArgumentException("integrationId is required for action=EXPORT: the id of the AWS S3"
                    + " recording bulk-actions integration that receives the export");
        }
        Instant actionDate = null;
        if (c.getActionDate() != null && !c.getActionDate().isBlank()) {
            try {
                actionDate = QueryInterval.parseInstant(c.getActionDate());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("actionDate must be an ISO-8601 instant such as"
                        + " 2024-06-01T00:00:00Z, got '" + c.getActionDate() + "'");
            }
        }
        if (actionDate != null && c.getActionAge() != null) {
            throw new IllegalArgumentException("Set actionDate or actionAge, not both (actionDate=" + c.getActionDate()
                    + ", actionAge=" + c.getActionAge() + ")");
        }
        if (c.getActionAge() != null && c.getActionAge() < 0) {
            throw new IllegalArgumentException("actionAge must be >= 0 days, got " + c.getActionAge());
        }
        boolean querySelection = c.getSelection() == ArchiveSelection.query;
        if (c.getBatchSize() < 1 || c.getBatchSize() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException(
                    "batchSize must be within 1.." + MAX_BATCH_SIZE + ", got " + c.getBatchSize());
        }
        if (c.getMaxConcurrentJobs() < 1) {
            throw new IllegalArgumentException(
                    "maxConcurrentJobs must be >= 1 (Genesys allows 2 per organization), got "
                            + c.getMaxConcurrentJobs());
        }
        requirePositive("jobPollInterval", c.getJobPollInterval());
        requirePositive("archiveLookback", c.getArchiveLookback());
        requirePositive("jobSlotTimeout", c.getJobSlotTimeout());
        requirePositive("archiveJobTimeout", c.getArchiveJobTimeout());
        if (querySelection && c.getArchiveStateRepository() != null) {
            // the journal follows a job by the conversation ids of its query; a selection=query job has none
            throw new IllegalArgumentException("archiveStateRepository is only used with selection=ids");
        }
        Supplier<ObjectNode> selectionQuery = null;
        if (querySelection) {
            selectionQuery = ArchiveQuerySelection.create(c, clock, classLoader);
        } else {
            ArchiveQuerySelection.rejectQueryOptions(c);
        }
        return new ArchiveOptions(
                action,
                actionDate,
                c.getActionAge(),
                blankToNull(c.getIntegrationId()),
                c.getIncludeScreenRecordings(),
                c.getIncludeRecordingsWithSensitiveData(),
                c.getIncludePolicyBasedRecordings(),
                c.getIncludeSnippetRecordings(),
                c.getClearExport(),
                selectionQuery,
                c.getBatchSize(),
                c.getMaxConcurrentJobs(),
                c.getJobPollInterval(),
                c.getArchiveLookback(),
                c.getJobSlotTimeout(),
                c.getArchiveJobTimeout(),
                c.getIdempotentRepository(),
                c.getArchiveStateRepository(),
                c.getAuditFile());
    }

    /** selection=query: one job per exchange, its query from {@link #selectionQuery()}. */
    public boolean querySelection() {
        return selectionQuery != null;
    }

    String idempotencyKey(String conversationId) {
        return conversationId + ":" + action;
    }

    private static void requirePositive(String option, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration (e.g. 3s), got " + d);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
