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
package io.github.camelgenesys.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.GenesysResponse;
import io.github.camelgenesys.model.ConversationPage;
import io.github.camelgenesys.model.PagedConversation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the conversations that started in an interval of any length from the synchronous details query, lazily, one
 * page per call, without ever asking past the API's pagination cap.
 * <ul>
 * <li>The interval is queried one UTC day at a time: the API returns conversations that started on a day touched by
 * the interval, so a day-sized request returns exactly that day's conversations, stays within the 7/31-day interval
 * limit, and restarts the page numbers (the cap counts pageNumber x pageSize per query).</li>
 * <li>Records are cut to the interval (conversationStart inside it); with orderBy=conversationStart a day ends as soon
 * as a record passes the interval's end.</li>
 * <li>A day with more matches than the cap is read from both ends: after the last page the cap allows, the same day is
 * queried in the opposite order until the records reach the last one already read (ids at exactly that key are
 * remembered, so ties are neither lost nor repeated). A day with more than twice the cap cannot be read with this
 * API and fails with an error naming it.</li>
 * <li>A day ends on an empty or short page, never on {@code totalHits} (it is approximate).</li>
 * </ul>
 * The incremental search reads differently ({@link #afterWatermark}): its watermark is one position in
 * conversationEnd order, so its interval is one query, sorted by conversationEnd ascending, never cut and never read
 * from the other end; it starts at the first page past the watermark ({@link WatermarkSeek}).
 * <p>
 * A failed request leaves the position unchanged, so the next call asks for the same page again.
 */
public final class DetailsQueryPager {

    public static final String PATH = "/api/v2/analytics/conversations/details/query";
    /**
     * The largest details-query page size used anywhere in the component. Genesys publishes no maximum: 100 is what
     * integrations running against real orgs use ("Typically 100 items per page is the max accepted", Splunk
     * genesys_cloud_ta; also Genesys' own 2018 blog), while one Genesys blog example uses 200 unverified. See
     * docs/design.md.
     */
    public static final int MAX_PAGE_SIZE = 100;
    /** The API's pagination cap: "Pagination may not exceed 100000 results". */
    public static final long DEFAULT_MAX_PAGED_RESULTS = 100_000;
    /** The longest interval the API accepts without a filter ("you will be limited to ... seven days"). */
    public static final Duration MAX_INTERVAL_UNFILTERED = Duration.ofDays(7);
    /** The longest interval the API accepts with a conversation or segment filter (31 days). */
    public static final Duration MAX_INTERVAL_FILTERED = Duration.ofDays(31);

    /**
     * One page, cut to the interval.
     *
     * @param records       the records that started inside the interval (possibly none)
     * @param number        1-based number of the request within this reader; after a watermark seek, the API's page
     *                      number (paging.pageNumber) of the one query
     * @param totalHits     the API's approximate count for the queried day, or null
     * @param correlationId ININ-Correlation-Id of the response
     */
    public record Page(List<PagedConversation> records, int number, Long totalHits, String correlationId) {}

    /** One response as read in one pass: its conversations (possibly none), the approximate total, the correlation id. */
    record Response(List<PagedConversation> conversations, Long totalHits, String correlationId) {}

    private final GenesysClient client;
    private final ObjectNode query;
    private final QueryInterval interval;
    private final int pageSize;
    private final long maxPagedResults;
    private final boolean ascending;
    private final String orderBy;
    /** rawPayload: each conversation keeps its JSON text (and no record is built). */
    private final boolean keepRaw;
    /** Where a watermark seek starts the one query (null: day by day from page 1); cleared once sought. */
    private Instant seekTo;

    private final boolean oneQuery;
    private QueryInterval day;
    private boolean reverse;
    private int pageNumber = 1;
    private Long boundary;
    private Set<String> boundaryIds = new HashSet<>();
    private int requests;

    /**
     * @param query   the request body without interval and paging (filters, order, orderBy)
     * @param keepRaw whether each conversation keeps its JSON text (rawPayload) instead of becoming a record
     */
    public DetailsQueryPager(
            GenesysClient client,
            ObjectNode query,
            QueryInterval interval,
            int pageSize,
            long maxPagedResults,
            boolean keepRaw) {
        this(client, query, interval, pageSize, maxPagedResults, keepRaw, false, null);
    }

    private DetailsQueryPager(
            GenesysClient client,
            ObjectNode query,
            QueryInterval interval,
            int pageSize,
            long maxPagedResults,
            boolean keepRaw,
            boolean oneQuery,
            Instant seekTo) {
        this.client = client;
        this.keepRaw = keepRaw;
        this.query = query;
        this.interval = interval;
        this.pageSize = pageSize;
        this.maxPagedResults = maxPagedResults;
        this.ascending = !"desc".equals(query.path("order").asText("asc"));
        this.orderBy = query.path("orderBy").asText("conversationStart");
        this.seekTo = seekTo;
        this.oneQuery = oneQuery;
        this.day = oneQuery ? interval : firstDay();
    }

    /**
     * Reads the interval as one query sorted by conversationEnd ascending (the body's order and orderBy), starting at
     * the first page that holds a record ending at or after {@code watermark} (without a watermark, at page 1). The
     * records are not cut: the API's whole touched days come back and the caller judges each against its watermark.
     * It never asks past the cap; records beyond it fail with {@code client.pagination.cap} naming maxPagedResults.
     *
     * @param watermark the first conversationEnd the caller wants, or null to read from page 1
     */
    public static DetailsQueryPager afterWatermark(
            GenesysClient client,
            ObjectNode query,
            QueryInterval interval,
            int pageSize,
            long maxPagedResults,
            boolean keepRaw,
            Instant watermark) {
        return new DetailsQueryPager(client, query, interval, pageSize, maxPagedResults, keepRaw, true, watermark);
    }

    /** The longest interval the API accepts for this request body: 31 days with a filter, 7 without. */
    public static Duration maxInterval(ObjectNode query) {
        boolean filtered = !query.path("conversationFilters").isEmpty()
                || !query.path("segmentFilters").isEmpty();
        return filtered ? MAX_INTERVAL_FILTERED : MAX_INTERVAL_UNFILTERED;
    }

    /** True when every day of the interval (or the one query) has been read. */
    public boolean finished() {
        return day == null;
    }

    /** Requests sent so far. */
    public int requests() {
        return requests;
    }

    /** The next page, or null when {@link #finished()}. */
    public Page next() {
        if (day == null) {
            return null;
        }
        Response response;
        if (seekTo != null) {
            WatermarkSeek.Found found =
                    new WatermarkSeek(pageSize, maxPagedResults / pageSize, this::fetch, this::pastCap).find(seekTo);
            seekTo = null;
            pageNumber = found.pageNumber();
            response = found.response();
        } else {
            if ((long) pageNumber * pageSize > maxPagedResults) {
                startReversePass();
            }
            response = fetch(pageNumber);
        }
        int number = oneQuery ? pageNumber : requests;
        List<PagedConversation> kept = new ArrayList<>();
        boolean dayDone = cut(response.conversations(), kept);
        if (dayDone) {
            nextDay();
        } else {
            pageNumber++;
        }
        return new Page(kept, number, response.totalHits(), response.correlationId());
    }

    /** Sends the request for one page of the current day (or of the one query). */
    private Response fetch(int number) {
        if ((long) number * pageSize > maxPagedResults) {
            throw pastCap();
        }
        boolean forwardOrder = ascending != reverse;
        ObjectNode body = query.deepCopy();
        body.put("interval", day.toIso());
        body.put("order", forwardOrder ? "asc" : "desc");
        body.putObject("paging").put("pageSize", pageSize).put("pageNumber", number);
        GenesysResponse<? extends ConversationPage> response = client.post(PATH, body, ConversationPage.type(keepRaw));
        requests++;
        ConversationPage page = response.body();
        return page == null
                ? new Response(List.of(), null, response.correlationId())
                : new Response(page.conversations(), page.totalHits(), response.correlationId());
    }

    /** Keeps the records of the interval (and, in the reverse pass, those not read yet); true when the day is done. */
    private boolean cut(List<PagedConversation> conversations, List<PagedConversation> kept) {
        if (conversations.isEmpty()) {
            return true;
        }
        for (PagedConversation record : conversations) {
            Instant start = record.conversationStart();
            long key = key(record);
            String id = record.conversationId();
            if (reverse) {
                int side = Long.compare(key, boundary) * (ascending ? 1 : -1);
                if (side < 0 || side == 0 && boundaryIds.contains(id)) {
                    if (side < 0) {
                        return true;
                    }
                    continue;
                }
            } else {
                if (boundary == null || key != boundary) {
                    boundary = key;
                    boundaryIds = new HashSet<>();
                }
                boundaryIds.add(id);
            }
            if (oneQuery || start != null && day.contains(start)) {
                kept.add(record);
            } else if (byStart() && start != null && passedTheDay(start)) {
                return true;
            }
        }
        return conversations.size() < pageSize;
    }

    /** With orderBy=conversationStart: whether records from here on lie beyond the day in the order being read. */
    private boolean passedTheDay(Instant start) {
        boolean readingAscending = ascending != reverse;
        return readingAscending ? !start.isBefore(day.end()) : start.isBefore(day.start());
    }

    private void startReversePass() {
        if (oneQuery || reverse || !keyed() || boundary == null) {
            throw pastCap();
        }
        reverse = true;
        pageNumber = 1;
    }

    /** The error for records that lie past the cap and cannot be reached another way. */
    private GenesysException pastCap() {
        if (oneQuery) {
            // the one query cannot be read from its other end: the watermark moves in ascending order only
            return GenesysException.builder(
                            0,
                            "client.pagination.cap",
                            "The incremental search's next records lie past"
                                    + " the details query's pagination cap (maxPagedResults=" + maxPagedResults
                                    + " results of " + interval + " sorted by " + orderBy
                                    + "): the API refuses those pages. Shorten"
                                    + " the lookback (interval), narrow the filters, or poll more often")
                    .build();
        }
        return GenesysException.builder(
                        0,
                        "client.pagination.cap",
                        "The details query cannot read every"
                                + " conversation that started on "
                                + day.start()
                                        .truncatedTo(ChronoUnit.DAYS)
                                        .toString()
                                        .substring(0, 10)
                                + " (UTC) within " + day + ": the API refuses pages past maxPagedResults="
                                + maxPagedResults
                                + " results"
                                + (keyed()
                                        ? " and the day holds more than twice that many matches (read from both ends)"
                                        : " and orderBy=" + orderBy
                                                + " cannot be read from the other end (use conversationStart or"
                                                + " conversationEnd)")
                                + ". Narrow the filters, or use genesys:analytics mode=details (jobs)")
                .build();
    }

    private void nextDay() {
        if (oneQuery) {
            day = null;
            return;
        }
        reverse = false;
        pageNumber = 1;
        boundary = null;
        boundaryIds = new HashSet<>();
        day = ascending ? dayFrom(day.end()) : dayBefore(day.start());
    }

    private QueryInterval firstDay() {
        return ascending ? dayFrom(interval.start()) : dayBefore(interval.end());
    }

    /** The part of the interval on the UTC day of {@code from}, or null past the interval. */
    private QueryInterval dayFrom(Instant from) {
        if (!from.isBefore(interval.end())) {
            return null;
        }
        Instant next = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        return new QueryInterval(from, next.isBefore(interval.end()) ? next : interval.end());
    }

    /** The part of the interval on the UTC day just before {@code to}, or null before the interval. */
    private QueryInterval dayBefore(Instant to) {
        if (!to.isAfter(interval.start())) {
            return null;
        }
        Instant dayStart = to.minusMillis(1).truncatedTo(ChronoUnit.DAYS);
        return new QueryInterval(dayStart.isAfter(interval.start()) ? dayStart : interval.start(), to);
    }

    private boolean byStart() {
        return "conversationStart".equals(orderBy);
    }

    private boolean keyed() {
        return byStart() || "conversationEnd".equals(orderBy);
    }

    /** The sort key of a record: its start or end in ms; an ongoing conversation (no end) sorts last. */
    private long key(PagedConversation record) {
        if (byStart()) {
            Instant start = record.conversationStart();
            return start == null ? Long.MIN_VALUE : start.toEpochMilli();
        }
        Instant end = record.conversationEnd();
        return end == null ? Long.MAX_VALUE : end.toEpochMilli();
    }
}
