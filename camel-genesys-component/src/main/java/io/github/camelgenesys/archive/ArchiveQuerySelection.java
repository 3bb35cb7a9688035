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
import io.github.camelgenesys.FilterOptions;
import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * selection=query: the AsyncConversationQuery of the one job of an exchange, from the shared query options (interval,
 * simple filters, filter, completedOnly). The filters are read and validated once; a relative interval (P1D) is
 * evaluated for each exchange.
 */
final class ArchiveQuerySelection {

    private ArchiveQuerySelection() {}

    static Supplier<ObjectNode> create(GenesysConfiguration c, Clock clock, ClassLoader classLoader) {
        if (c.getInterval() == null || c.getInterval().isBlank()) {
            throw new IllegalArgumentException("interval is required with selection=query: the recordings of the"
                    + " conversations with activity in it are processed by one job (e.g. 2024-05-01T00:00:00Z/P1D, or"
                    + " P1D for the last day)");
        }
        if (c.getIdempotentRepository() != null) {
            throw new IllegalArgumentException("idempotentRepository cannot be used with selection=query: the job"
                    + " selects conversations on the server, so there are no ids to record; use selection=ids");
        }
        QueryInterval.parse("interval", c.getInterval(), clock, c.getIntervalLag());
        ObjectNode filters = FilterOptions.detailFilters(c, classLoader);
        String interval = c.getInterval();
        java.time.Duration lag = c.getIntervalLag();
        return () -> {
            ObjectNode query = GenesysJson.mapper().createObjectNode();
            query.put(
                    "interval",
                    QueryInterval.parse("interval", interval, clock, lag).toIso());
            query.put("order", "asc").put("orderBy", "conversationStart");
            query.setAll(filters.deepCopy());
            return query;
        };
    }

    /** selection=ids takes its conversations from the body: the query options would be silently ignored. */
    static void rejectQueryOptions(GenesysConfiguration c) {
        if (c.getInterval() != null && !c.getInterval().isBlank()) {
            throw new IllegalArgumentException("interval is only used with selection=query; with selection=ids"
                    + " the body names the conversations (archiveLookback sets the job interval)");
        }
        if (c.getFilter() != null && !c.getFilter().isBlank()) {
            throw new IllegalArgumentException("filter is only used with selection=query; with selection=ids the"
                    + " body names the conversations");
        }
    }
}
