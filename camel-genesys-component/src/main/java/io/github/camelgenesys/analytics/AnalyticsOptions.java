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
package io.github.camelgenesys.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.FilterOptions;
import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.consumer.ConsumerOptions;
import io.github.camelgenesys.options.AggregateOutput;
import io.github.camelgenesys.options.AnalyticsMode;
import io.github.camelgenesys.options.BatchMode;
import io.github.camelgenesys.options.ConversationOrderBy;
import io.github.camelgenesys.options.SortOrder;
import io.github.camelgenesys.query.AnalyticsVocabulary;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.query.FilterSource;
import io.github.camelgenesys.query.QueryInterval;
import io.github.camelgenesys.query.QueryValidator;
import io.github.camelgenesys.query.SimpleFilters;
import io.github.camelgenesys.query.Suggestions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The analytics options of an endpoint, checked once at consumer creation (before any API call). Every error names
 * the option or the JSON field and what is allowed.
 */
public final class AnalyticsOptions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnalyticsOptions.class);

    static final int MAX_JOB_PAGE_SIZE = 1000;
    static final int DEFAULT_QUERY_PAGE_SIZE = DetailsQueryPager.MAX_PAGE_SIZE;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final AnalyticsMode mode;
    /** mode=details and query: conversationFilters and segmentFilters (user filter plus the simple filters). */
    final ObjectNode detailFilters;
    /** mode=aggregates: the filter object, or null. */
    final ObjectNode aggregateFilter;

    final List<String> groupBy;
    final List<String> metrics;
    final int pageSize;
    final JobSettings jobSettings;

    /** rawPayload, maxResults, maxMessagesPerPoll, and (details) the checkpoint's stateRepository and stateKey. */
    final ConsumerOptions consumer;
    /** The JSONL audit file, or null. */
    final String auditFile;
    /** details: where the first window starts (an instant, or a duration back from the first poll). */
    final String startDate;
    /** details: the data-availability date minus this is the watermark. */
    final Duration availabilityLag;
    /** details: the length of one window. */
    final Duration windowSize;
    /** aggregates, query: the interval option (resolved at each poll). */
    final String interval;
    /** aggregates, query: how far before now a relative interval ends. */
    final Duration intervalLag;
    /** query: the order of the details query. */
    final SortOrder order;
    /** query: the key the details query sorts by. */
    final ConversationOrderBy orderBy;
    /** query: the details query's pagination cap. */
    final long maxPagedResults;
    /** query: conversation ids remembered to drop duplicates. */
    final int deduplicationWindow;
    /** aggregates: the granularity, or null. */
    final String granularity;
    /** aggregates: the IANA time zone of the query. */
    final String timeZone;

    private final BatchMode batchMode;
    private final AggregateOutput aggregateOutput;

    private AnalyticsOptions(GenesysConfiguration conf, ClassLoader classLoader, Clock clock) {
        conf.requireValidChoices();
        this.mode = conf.getMode();
        // first: checkInterval resolves the interval with them
        this.interval = conf.getInterval();
        this.intervalLag = conf.getIntervalLag();
        requirePositive("maxInterval", conf.getMaxInterval());
        this.consumer = ConsumerOptions.from(conf);
        this.groupBy = SimpleFilters.split(conf.getGroupBy());
        this.metrics = SimpleFilters.split(conf.getMetrics());
        if (mode != AnalyticsMode.aggregates) {
            onlyFor("groupBy", !groupBy.isEmpty());
            onlyFor("metrics", !metrics.isEmpty());
            onlyFor(
                    "granularity",
                    conf.getGranularity() != null && !conf.getGranularity().isBlank());
        }
        switch (mode) {
            case details -> {
                checkDetails(conf, clock);
                this.detailFilters = FilterOptions.detailFilters(conf, classLoader);
                this.aggregateFilter = null;
                this.pageSize = pageSize(conf, MAX_JOB_PAGE_SIZE, MAX_JOB_PAGE_SIZE, "mode=details (job results)");
            }
            case query -> {
                checkInterval(conf, clock);
                notForDetails("stateRepository", conf.getStateRepository() != null);
                if (conf.getDeduplicationWindow() < 1) {
                    throw new IllegalArgumentException(
                            "deduplicationWindow must be >= 1, was " + conf.getDeduplicationWindow());
                }
                this.detailFilters = FilterOptions.detailFilters(conf, classLoader);
                this.aggregateFilter = null;
                this.pageSize = pageSize(conf, DEFAULT_QUERY_PAGE_SIZE, DetailsQueryPager.MAX_PAGE_SIZE, "mode=query");
                if (conf.getMaxPagedResults() < pageSize) {
                    throw new IllegalArgumentException("maxPagedResults must be at least the page size (" + pageSize
                            + "); the API's cap is 100000, was " + conf.getMaxPagedResults());
                }
            }
            default -> {
                checkInterval(conf, clock);
                notForDetails("stateRepository", conf.getStateRepository() != null);
                if (conf.getPageSize() != 0) {
                    throw new IllegalArgumentException("pageSize does not apply to mode=aggregates (the aggregates"
                            + " query is not paged); remove it");
                }
                QueryValidator validator = QueryValidator.withDefaults(conf.isAllowUnknownVocabulary());
                checkAggregates(conf, validator);
                JsonNode filter = conf.getFilter() == null || conf.getFilter().isBlank()
                        ? null
                        : FilterSource.read("filter", conf.getFilter(), classLoader);
                this.aggregateFilter = aggregateFilter(conf, filter, validator);
                this.detailFilters = null;
                this.pageSize = 0;
            }
        }
        this.jobSettings = new JobSettings(
                conf.getJobPollInterval(),
                conf.getJobTimeout(),
                conf.getMaxJobResubmits(),
                pageSize,
                conf.getMaxConcurrentDetailsJobs(),
                consumer.rawPayload());
        this.auditFile = conf.getAuditFile();
        this.startDate = conf.getStartDate();
        this.availabilityLag = conf.getAvailabilityLag();
        this.windowSize = conf.getWindowSize();
        this.order = conf.getOrder();
        this.orderBy = conf.getOrderBy();
        this.maxPagedResults = conf.getMaxPagedResults();
        this.deduplicationWindow = conf.getDeduplicationWindow();
        this.granularity =
                conf.getGranularity() == null || conf.getGranularity().isBlank()
                        ? null
                        : conf.getGranularity().trim();
        this.timeZone = conf.getTimeZone();
        this.batchMode = conf.getBatchMode();
        this.aggregateOutput = conf.getAggregateOutput();
    }

    /** @throws IllegalArgumentException naming the option or the JSON field */
    public static AnalyticsOptions validate(GenesysConfiguration conf, ClassLoader classLoader, Clock clock) {
        return new AnalyticsOptions(conf, classLoader, clock);
    }

    boolean pageBatches() {
        return batchMode == BatchMode.page;
    }

    boolean groupOutput() {
        return aggregateOutput == AggregateOutput.group;
    }

    /** The interval of this poll (mode=aggregates and query), relative forms resolved against the clock. */
    QueryInterval interval(Clock clock) {
        return QueryInterval.parse("interval", interval, clock, intervalLag);
    }

    /** Resolves startDate: an ISO instant, or a duration back from now. */
    static Instant startDate(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("startDate is required for mode=details: an ISO instant"
                    + " (2024-05-01T00:00:00Z) or a duration back from now (P1D, PT6H)");
        }
        String value = text.trim();
        try {
            if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
                return clock.instant().minus(QueryInterval.parseAmount(value));
            }
            return QueryInterval.parseInstant(value);
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("Invalid startDate '" + text + "': " + e.getMessage()
                    + ". Use an ISO instant (2024-05-01T00:00:00Z) or a duration back from now (P1D, PT6H, P30D)");
        }
    }

    private void checkDetails(GenesysConfiguration conf, Clock clock) {
        notForMode(
                "interval",
                conf.getInterval() != null && !conf.getInterval().isBlank(),
                "mode=details reads windows from startDate on; interval applies to mode=aggregates and mode=query");
        notForMode(
                "order",
                conf.getOrder() != SortOrder.asc,
                "mode=details reads job results in ascending"
                        + " conversationStart order (its checkpoints depend on it); allowed: asc");
        notForMode(
                "orderBy",
                conf.getOrderBy() != ConversationOrderBy.conversationStart,
                "mode=details reads job results in"
                        + " ascending conversationStart order (its checkpoints depend on it); allowed: conversationStart");
        requirePositive("windowSize", conf.getWindowSize());
        if (conf.getWindowSize().compareTo(conf.getMaxInterval()) > 0) {
            throw new IllegalArgumentException("windowSize " + conf.getWindowSize() + " exceeds maxInterval "
                    + conf.getMaxInterval() + "; allowed: a positive duration up to maxInterval");
        }
        requireNotNegative("availabilityLag", conf.getAvailabilityLag());
        requirePositive("jobPollInterval", conf.getJobPollInterval());
        requirePositive("jobTimeout", conf.getJobTimeout());
        if (conf.getMaxJobResubmits() < 0) {
            throw new IllegalArgumentException("maxJobResubmits must be >= 0, was " + conf.getMaxJobResubmits());
        }
        if (conf.getMaxConcurrentDetailsJobs() < 1) {
            throw new IllegalArgumentException("maxConcurrentDetailsJobs must be >= 1 (1 = one window's job at a time),"
                    + " was " + conf.getMaxConcurrentDetailsJobs());
        }
        Instant start = startDate(conf.getStartDate(), clock);
        if (!start.isBefore(clock.instant())) {
            throw new IllegalArgumentException("startDate " + start + " is in the future (now is " + clock.instant()
                    + "); allowed: an instant before now or a duration back from now (P1D)");
        }
    }

    private void checkInterval(GenesysConfiguration conf, Clock clock) {
        if (conf.getInterval() == null || conf.getInterval().isBlank()) {
            throw new IllegalArgumentException("interval is required for mode=" + mode + ": an ISO-8601 interval"
                    + " (2024-05-01T00:00:00Z/2024-05-02T00:00:00Z), a start plus a duration"
                    + " (2024-05-01T00:00:00Z/P1D), or a duration back from now (P1D, PT6H)");
        }
        requireNotNegative("intervalLag", conf.getIntervalLag());
        QueryInterval interval = interval(clock);
        if (interval.checkNotInFuture("interval", clock.instant())) {
            LOG.warn(
                    "genesys:analytics mode={} interval {} ends in the future: each poll reads only what exists"
                            + " when it runs",
                    mode,
                    interval);
        }
        if (interval.length().compareTo(conf.getMaxInterval()) > 0) {
            throw new IllegalArgumentException("interval " + interval + " is " + interval.length()
                    + " long, more than maxInterval " + conf.getMaxInterval());
        }
    }

    private void checkAggregates(GenesysConfiguration conf, QueryValidator validator) {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("metrics is required for mode=aggregates: a comma-separated list of "
                    + new java.util.TreeSet<>(AnalyticsVocabulary.AGGREGATE_METRICS));
        }
        validator.requireName("metrics", metrics, AnalyticsVocabulary.AGGREGATE_METRICS);
        validator.requireName("groupBy", groupBy, AnalyticsVocabulary.AGGREGATE_GROUP_BY);
        if (new java.util.HashSet<>(groupBy).size() < groupBy.size()) {
            throw new IllegalArgumentException("groupBy " + groupBy + " names a dimension twice; allowed: each"
                    + " dimension once, e.g. queueId,mediaType");
        }
        String granularity = conf.getGranularity();
        if (granularity != null && !granularity.isBlank()) {
            checkGranularity(granularity.trim());
        }
        try {
            ZoneId.of(conf.getTimeZone());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("timeZone '" + conf.getTimeZone() + "' is not an IANA time zone id"
                    + Suggestions.didYouMean(conf.getTimeZone(), ZoneId.getAvailableZoneIds())
                    + "; allowed: e.g. UTC, Europe/Berlin, America/New_York");
        }
    }

    private static void checkGranularity(String value) {
        try {
            int t = value.indexOf('T');
            boolean positive = t < 0
                    ? !Period.parse(value).isNegative() && !Period.parse(value).isZero()
                    : !Duration.parse(value).isNegative()
                            && !Duration.parse(value).isZero();
            if (positive) {
                return;
            }
        } catch (DateTimeParseException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("granularity '" + value + "' is not a positive ISO-8601 period;"
                + " allowed: e.g. PT15M, PT30M, PT1H, P1D, P7D, P1M");
    }

    private static int pageSize(GenesysConfiguration conf, int defaultSize, int max, String what) {
        int value = conf.getPageSize();
        if (value == 0) {
            return defaultSize;
        }
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("pageSize " + value + " is out of range for " + what + "; allowed: 1.."
                    + max + " (0 = " + defaultSize + ")");
        }
        return value;
    }

    private static ObjectNode aggregateFilter(GenesysConfiguration conf, JsonNode filter, QueryValidator validator) {
        if (filter != null) {
            validator.validateAggregateFilter("filter", filter);
        }
        ObjectNode simple = JSON.objectNode();
        FilterOptions.simpleFilters(conf, false).applyTo(simple);
        ArrayNode clauses = JSON.arrayNode();
        for (String field : List.of("conversationFilters", "segmentFilters")) {
            if (simple.has(field)) {
                simple.get(field).forEach(f -> clauses.addAll((ArrayNode) f.get("clauses")));
            }
        }
        if (clauses.isEmpty()) {
            return filter == null ? null : ((ObjectNode) filter).deepCopy();
        }
        ObjectNode combined;
        if (filter == null) {
            combined = JSON.objectNode().put("type", "and");
        } else if ("and".equals(filter.path("type").asText())) {
            combined = ((ObjectNode) filter).deepCopy();
        } else {
            throw new IllegalArgumentException("filter.type 'or' cannot be combined with the simple filter options"
                    + " (mediaType, queueId, ...): they are and-ed; move them into filter or use type 'and'");
        }
        ArrayNode all = combined.has("clauses") ? (ArrayNode) combined.get("clauses") : combined.putArray("clauses");
        all.addAll(clauses);
        validator.validateAggregateFilter("filter (with the simple filter options)", combined);
        return combined;
    }

    private void onlyFor(String option, boolean set) {
        if (set) {
            throw new IllegalArgumentException(
                    option + " applies to mode=aggregates only; this endpoint has mode=" + mode);
        }
    }

    private void notForDetails(String option, boolean set) {
        if (set) {
            throw new IllegalArgumentException(
                    option + " applies to mode=details only (checkpoints); mode=" + mode + " keeps no checkpoint");
        }
    }

    private static void notForMode(String option, boolean set, String why) {
        if (set) {
            throw new IllegalArgumentException(option + ": " + why);
        }
    }

    private static void requireKnown(String option, String value, Set<String> allowed) {
        QueryValidator.requireKnown(option, java.util.Collections.singleton(String.valueOf(value)), allowed);
    }

    private static void requirePositive(String option, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    option + " must be a positive duration (e.g. 30s, 5m, 1d), was " + value);
        }
    }

    private static void requireNotNegative(String option, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(option + " must be zero or a positive duration, was " + value);
        }
    }
}
