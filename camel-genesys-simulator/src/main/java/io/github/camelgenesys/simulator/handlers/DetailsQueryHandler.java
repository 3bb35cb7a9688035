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
package io.github.camelgenesys.simulator.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.ConversationMatcher;
import io.github.camelgenesys.simulator.data.Interval;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code POST /api/v2/analytics/conversations/details/query}: conversations that started on a UTC day touched by
 * the interval, filtered, ordered and paged by pageSize/pageNumber; {@code conversations} absent past the last page.
 * Enforces the API's limits: the interval length (7 days without a filter, 31 with one) and the pagination cap
 * (no page past 100000 results), both configurable.
 */
public final class DetailsQueryHandler {
    static final int DEFAULT_PAGE_SIZE = 25;
    /** The real API's advice after the pagination-cap message (quoted from its 400 answer). */
    static final String PAGINATION_TIP = "Tip: When extracting large chunks of data (multiple days/weeks), maximize"
            + " pagination performance by querying in smaller intervals. For example, paging through 1am-2am, then"
            + " 2am-3am, then 3am-4am, and so forth will outperform paging through one large interval that covers the"
            + " same time frame.";

    private final SimulatorContext ctx;

    public DetailsQueryHandler(SimulatorContext ctx) {
        this.ctx = ctx;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("POST", "/api/v2/analytics/conversations/details/query", Permissions.DETAILS, this::query));
    }

    private ApiResponse query(ApiRequest request) {
        QueryBodies.DetailsQuery q = Json.parse(request.body(), QueryBodies.DetailsQuery.class);
        Interval asked = Interval.parse("interval", q.interval());
        boolean unfiltered = AnalyticsQueries.noFilters(q.conversationFilters(), q.segmentFilters());
        int maxDays = unfiltered
                ? ctx.config().maxIntervalDaysUnfiltered()
                : ctx.config().maxIntervalDaysFiltered();
        if (asked.endMs() - asked.startMs() > maxDays * Interval.DAY_MS) {
            throw ApiError.badRequest(
                    "interval",
                    "You must specify a search interval as part of your query that does" + " not exceed " + maxDays
                            + " days.");
        }
        Interval days = asked.touchedDays();
        AnalyticsQueries.unsupported("evaluationFilters", q.evaluationFilters());
        AnalyticsQueries.unsupported("surveyFilters", q.surveyFilters());
        AnalyticsQueries.unsupported("resolutionFilters", q.resolutionFilters());
        AnalyticsQueries.unsupported("aggregations", q.aggregations());
        boolean ascending = AnalyticsQueries.ascending("", q.order());
        boolean byEnd = AnalyticsQueries.byEnd("", q.orderBy());
        int max = ctx.config().detailsQueryMaxPageSize();
        int pageSize = q.paging() == null || q.paging().pageSize() == null
                ? DEFAULT_PAGE_SIZE
                : q.paging().pageSize();
        int pageNumber = q.paging() == null || q.paging().pageNumber() == null
                ? 1
                : q.paging().pageNumber();
        if (pageSize < 1 || pageSize > max) {
            throw ApiError.invalidValue("paging.pageSize", "paging.pageSize must be 1.." + max + ", got " + pageSize);
        }
        if (pageNumber < 1) {
            throw ApiError.invalidValue("paging.pageNumber", "paging.pageNumber must be >= 1, got " + pageNumber);
        }
        long cap = ctx.config().maxPagedResults();
        if ((long) pageNumber * pageSize > cap) {
            throw ApiError.badRequest("paging", "Pagination may not exceed " + cap + " results.\n\n" + PAGINATION_TIP);
        }
        long now = ctx.now();
        Predicate<Conversation> filter = ctx.matcher().compile(q.conversationFilters(), q.segmentFilters(), now);
        String key = "details|" + days + "|" + q.conversationFilters() + "|" + q.segmentFilters();
        Set<String> candidates = ConversationMatcher.candidateIds(q.conversationFilters(), q.segmentFilters());
        long total = ctx.engine().count(key, days.startMs(), days.endMs(), filter, unfiltered, now, candidates);
        List<Conversation> page = byEnd
                ? ctx.engine()
                        .pageByEnd(
                                days.startMs(), days.endMs(), ascending, filter, pageSize, pageNumber, now, candidates)
                : ctx.engine()
                        .pageByStart(
                                key + "|" + ascending,
                                days.startMs(),
                                days.endMs(),
                                ascending,
                                filter,
                                pageSize,
                                pageNumber,
                                candidates);
        ObjectNode body = Json.object();
        if (!page.isEmpty()) {
            ArrayNode conversations = body.putArray("conversations");
            for (Conversation c : page) {
                conversations.add(ctx.renderer().render(c, now));
            }
        }
        body.put("totalHits", total);
        return ApiResponse.ok(body);
    }
}
