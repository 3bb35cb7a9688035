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

import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.ActivityQuery;
import io.github.camelgenesys.simulator.data.Interval;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.http.ApiError;

/** Validates an AsyncConversationQuery and resolves it as of a data availability date. */
final class AsyncQueries {
    private AsyncQueries() {}

    static ActivityQuery resolve(SimulatorContext ctx, String prefix, QueryBodies.AsyncQuery q, long asOfMs) {
        if (q == null) {
            throw ApiError.badRequest(
                    prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), prefix + "query is required");
        }
        Interval interval = Interval.parse(prefix + "interval", q.interval());
        AnalyticsQueries.unsupported(prefix + "evaluationFilters", q.evaluationFilters());
        AnalyticsQueries.unsupported(prefix + "surveyFilters", q.surveyFilters());
        AnalyticsQueries.unsupported(prefix + "resolutionFilters", q.resolutionFilters());
        boolean ascending = AnalyticsQueries.ascending(prefix, q.order());
        if (AnalyticsQueries.byEnd(prefix, q.orderBy())) {
            throw ApiError.invalidValue(
                    prefix + "orderBy",
                    prefix + "orderBy " + q.orderBy()
                            + " is not supported by the simulator for async queries; use conversationStart");
        }
        if (Boolean.TRUE.equals(q.startOfDayIntervalMatching())) {
            throw ApiError.invalidValue(
                    prefix + "startOfDayIntervalMatching",
                    prefix + "startOfDayIntervalMatching=true is not supported by the simulator");
        }
        if (q.limit() != null && q.limit() < 1) {
            throw ApiError.invalidValue(prefix + "limit", prefix + "limit must be >= 1, got " + q.limit());
        }
        var filter = ctx.matcher().compile(q.conversationFilters(), q.segmentFilters(), asOfMs);
        return new ActivityQuery(
                interval,
                filter,
                asOfMs,
                ascending,
                q.limit() == null ? Long.MAX_VALUE : q.limit(),
                io.github.camelgenesys.simulator.data.ConversationMatcher.candidateIds(
                        q.conversationFilters(), q.segmentFilters()));
    }
}
