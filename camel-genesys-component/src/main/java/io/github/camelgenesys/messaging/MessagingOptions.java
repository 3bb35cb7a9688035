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
package io.github.camelgenesys.messaging;

import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.options.Choices;
import io.github.camelgenesys.options.MessageType;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The messaging options of an endpoint, validated once at start.
 *
 * @param types              normalized message types to keep; empty = all
 * @param after              fixed lower bound, or null
 * @param before             fixed upper bound, or null
 * @param retentionDays      rolling lower bound in days when {@code after} is null; 0 = none
 * @param bulkSize           ids per bulk call
 * @param includeAttachments whether attachments are kept
 * @param auditFile          the JSONL audit file, or null
 */
public record MessagingOptions(
        Set<String> types,
        Instant after,
        Instant before,
        int retentionDays,
        int bulkSize,
        boolean includeAttachments,
        String auditFile) {

    static final int MAX_BULK_SIZE = 1000;

    /** @throws IllegalArgumentException naming the option */
    public static MessagingOptions from(GenesysConfiguration c) {
        c.requireValidChoices();
        Set<String> types = new LinkedHashSet<>();
        Choices.parseList("messageTypes", c.getMessageTypes(), MessageType.class)
                .forEach(t -> types.add(t.name()));
        if (c.getBulkSize() < 1 || c.getBulkSize() > MAX_BULK_SIZE) {
            throw new IllegalArgumentException("bulkSize must be within 1.." + MAX_BULK_SIZE + " (the API maximum of"
                    + " message ids per bulk call), got " + c.getBulkSize());
        }
        if (c.getRetentionDays() < 0) {
            throw new IllegalArgumentException(
                    "retentionDays must be >= 0 (0 = no window), got " + c.getRetentionDays());
        }
        Instant after = instant("after", c.getAfter());
        Instant before = instant("before", c.getBefore());
        if (after != null && before != null && !after.isBefore(before)) {
            throw new IllegalArgumentException("after (" + after + ") must be before before (" + before + ")");
        }
        return new MessagingOptions(
                Set.copyOf(types),
                after,
                before,
                c.getRetentionDays(),
                c.getBulkSize(),
                c.isIncludeAttachments(),
                c.getAuditFile());
    }

    /** Lower bound of the window as of now: {@code after}, else now − retentionDays, else null. */
    Instant windowStart(Clock clock) {
        if (after != null) {
            return after;
        }
        return retentionDays > 0 ? clock.instant().minus(Duration.ofDays(retentionDays)) : null;
    }

    boolean keepsType(String type) {
        return types.isEmpty() || types.contains(type == null ? "Unknown" : type);
    }

    private static Instant instant(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return QueryInterval.parseInstant(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    option + " must be an ISO-8601 instant such as 2024-05-01T00:00:00Z," + " got '" + value + "'");
        }
    }
}
