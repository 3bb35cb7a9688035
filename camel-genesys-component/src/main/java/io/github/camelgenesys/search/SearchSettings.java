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
package io.github.camelgenesys.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.FilterOptions;
import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.consumer.ConsumerOptions;
import io.github.camelgenesys.options.ConversationOrderBy;
import io.github.camelgenesys.options.SearchType;
import io.github.camelgenesys.options.SortOrder;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.query.FilterSource;
import io.github.camelgenesys.query.QueryHash;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.time.Duration;

/**
 * The search options of an endpoint, checked once at consumer start (every message names the option and the allowed
 * values), and the request body they produce.
 */
public final class SearchSettings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchSettings.class);

    static final int DEFAULT_PAGE_SIZE = DetailsQueryPager.MAX_PAGE_SIZE;
    static final String DEFAULT_INCREMENTAL_INTERVAL = "P1D";

    final SearchType searchType;
    final ObjectNode query;
    final String queryHash;
    final String interval;
    final Duration intervalLag;
    final int pageSize;
    final long maxPagedResults;
    final int deduplicationWindow;
    final boolean incremental;
    /** rawPayload, maxResults, maxMessagesPerPoll, and (incremental) the watermark's stateRepository and stateKey. */
    final ConsumerOptions consumer;

    private SearchSettings(
            GenesysConfiguration c,
            ConsumerOptions consumer,
            SearchType searchType,
            ObjectNode query,
            String interval) {
        this.consumer = consumer;
        this.searchType = searchType;
        this.query = query;
        this.queryHash = QueryHash.of(searchType.name() + query); // the same hash as when searchType was a String
        this.interval = interval;
        this.intervalLag = c.getIntervalLag();
        this.pageSize = c.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : c.getPageSize();
        this.maxPagedResults = c.getMaxPagedResults();
        this.deduplicationWindow = c.getDeduplicationWindow();
        this.incremental = c.isIncremental();
    }

    boolean isDetailsQuery() {
        return searchType == SearchType.detailsQuery;
    }

    /** The interval of a run starting now (details query, not incremental). */
    QueryInterval intervalNow(Clock clock) {
        return QueryInterval.parse("interval", interval, clock, intervalLag);
    }

    /** @throws IllegalArgumentException naming the option */
    public static SearchSettings from(GenesysConfiguration c, ClassLoader classLoader, Clock clock) {
        c.requireValidChoices();
        SearchType type = c.getSearchType() == null ? SearchType.detailsQuery : c.getSearchType();
        ConsumerOptions consumer = ConsumerOptions.from(c);
        requireAtLeast("deduplicationWindow", c.getDeduplicationWindow(), 1);
        if (c.getPageSize() < 0 || c.getPageSize() > DetailsQueryPager.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 0 (default " + DEFAULT_PAGE_SIZE + ") or 1.."
                    + DetailsQueryPager.MAX_PAGE_SIZE + ", was " + c.getPageSize());
        }
        int pageSize = c.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : c.getPageSize();
        if (c.getMaxPagedResults() < pageSize) {
            throw new IllegalArgumentException("maxPagedResults must be at least the page size (" + pageSize
                    + "); the API's cap is 100000, was " + c.getMaxPagedResults());
        }
        if (c.getIntervalLag() == null || c.getIntervalLag().isNegative()) {
            throw new IllegalArgumentException("intervalLag must be zero or positive, was " + c.getIntervalLag());
        }
        return type == SearchType.detailsQuery
                ? details(c, consumer, classLoader, clock)
                : attributes(c, consumer, classLoader);
    }

    private static SearchSettings details(
            GenesysConfiguration c, ConsumerOptions consumer, ClassLoader classLoader, Clock clock) {
        if (c.getAttributeQuery() != null) {
            throw new IllegalArgumentException("attributeQuery is only used with searchType=participantAttributes;"
                    + " searchType is detailsQuery");
        }
        String interval = c.getInterval();
        if (c.isIncremental()) {
            if (c.getOrderBy() != ConversationOrderBy.conversationEnd
                    || c.getOrder() != SortOrder.asc
                    || !c.isCompletedOnly()) {
                throw new IllegalArgumentException("incremental=true needs orderBy=conversationEnd, order=asc and"
                        + " completedOnly=true (conversations are picked up when they end);"
                        + " was orderBy=" + c.getOrderBy() + ", order=" + c.getOrder()
                        + ", completedOnly=" + c.isCompletedOnly());
            }
            interval = interval == null || interval.isBlank() ? DEFAULT_INCREMENTAL_INTERVAL : interval;
        } else if (interval == null || interval.isBlank()) {
            throw new IllegalArgumentException("interval is required for genesys:search (searchType=detailsQuery):"
                    + " an ISO interval (2024-05-01T00:00:00Z/2024-05-02T00:00:00Z),"
                    + " a start plus a duration (2024-05-01T00:00:00Z/P1D) or a duration"
                    + " back from now (P1D)");
        }
        QueryInterval parsed = QueryInterval.parse("interval", interval, clock, c.getIntervalLag());
        if (parsed.checkNotInFuture("interval", clock.instant()) && !c.isIncremental()) {
            LOG.warn(
                    "genesys:search interval {} ends in the future: each run reads only what exists when it runs"
                            + " (use incremental=true to pick up conversations as they end)",
                    parsed);
        }
        ObjectNode query = GenesysJson.mapper().createObjectNode();
        query.put("order", c.getOrder().name()).put("orderBy", c.getOrderBy().name());
        query.setAll(FilterOptions.detailFilters(c, classLoader));
        if (c.isIncremental() && parsed.length().compareTo(DetailsQueryPager.maxInterval(query)) >= 0) {
            throw new IllegalArgumentException("interval " + interval + " gives incremental=true a lookback of "
                    + parsed.length() + "; allowed: shorter than "
                    + DetailsQueryPager.maxInterval(query).toDays() + " days, the longest"
                    + " interval the details query accepts for this filter");
        }
        return new SearchSettings(c, consumer, SearchType.detailsQuery, query, interval);
    }

    private static SearchSettings attributes(
            GenesysConfiguration c, ConsumerOptions consumer, ClassLoader classLoader) {
        String why = " is not used by searchType=participantAttributes (put the criteria in attributeQuery)";
        rejectSet("interval", c.getInterval(), why);
        rejectSet("filter", c.getFilter(), why);
        rejectSet("mediaType", c.getMediaType(), why);
        rejectSet("queueId", c.getQueueId(), why);
        rejectSet("direction", c.getDirection(), why);
        rejectSet("divisionId", c.getDivisionId(), why);
        rejectSet("userId", c.getUserId(), why);
        rejectSet("wrapUpCode", c.getWrapUpCode(), why);
        rejectSet("conversationId", c.getConversationId(), why);
        if (c.isIncremental()) {
            throw new IllegalArgumentException("incremental=true is only supported with searchType=detailsQuery");
        }
        if (c.getPageSize() != 0) {
            throw new IllegalArgumentException("pageSize cannot be set with searchType=participantAttributes: the"
                    + " participant attributes search has no page size (the API chooses it)");
        }
        if (c.getOrder() != SortOrder.asc || c.getOrderBy() != ConversationOrderBy.conversationStart) {
            throw new IllegalArgumentException("order and orderBy apply to searchType=detailsQuery; with"
                    + " participantAttributes put sortBy/sortOrder in attributeQuery");
        }
        if (c.getAttributeQuery() == null || c.getAttributeQuery().isBlank()) {
            throw new IllegalArgumentException("attributeQuery is required with searchType=participantAttributes:"
                    + " a JSON criteria array or a whole request body"
                    + " (inline, classpath: or file:)");
        }
        ObjectNode body = attributeBody(c.getAttributeQuery(), classLoader);
        return new SearchSettings(c, consumer, SearchType.participantAttributes, body, null);
    }

    private static ObjectNode attributeBody(String value, ClassLoader classLoader) {
        String text = value.trim();
        ObjectNode body;
        if (text.startsWith("[")) {
            body = GenesysJson.mapper().createObjectNode();
            try {
                body.set("query", GenesysJson.mapper().readTree(text));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("Invalid attributeQuery: not valid JSON: " + e.getMessage());
            }
        } else {
            JsonNode node = FilterSource.read("attributeQuery", text, classLoader);
            body = node.has("query") ? (ObjectNode) node.deepCopy() : wrap(node);
        }
        JsonNode query = body.get("query");
        if (query == null || !query.isArray() || query.isEmpty()) {
            throw new IllegalArgumentException("attributeQuery.query must be a non-empty array of criteria such as"
                    + " {\"type\":\"EXACT\",\"fields\":[\"...\"],\"value\":\"...\"}");
        }
        if (body.has("cursor")) {
            throw new IllegalArgumentException("attributeQuery must not contain a cursor: the consumer pages itself");
        }
        JsonNode returnFields = body.get("returnFields");
        if (returnFields != null && !returnFields.isArray()) {
            throw new IllegalArgumentException("attributeQuery.returnFields must be an array of field names");
        }
        if (returnFields != null && !returnFields.isEmpty()) {
            // each record is emitted, deduplicated and reported by its conversationId: always ask for it
            boolean asked = false;
            for (JsonNode field : returnFields) {
                asked |= "conversationId".equals(field.asText());
            }
            if (!asked) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) returnFields).add("conversationId");
            }
        }
        return body;
    }

    private static ObjectNode wrap(JsonNode node) {
        if (node.isArray()) {
            ObjectNode body = GenesysJson.mapper().createObjectNode();
            body.set("query", node);
            return body;
        }
        throw new IllegalArgumentException("attributeQuery must be a criteria array or an object with a query array");
    }

    private static void rejectSet(String option, String value, String why) {
        if (value != null && !value.isBlank()) {
            throw new IllegalArgumentException(option + why);
        }
    }

    private static void requireAtLeast(String option, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
        }
    }
}
