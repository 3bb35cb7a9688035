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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.http.ApiError;
import java.util.List;
import java.util.Set;

/** Validation shared by the details query, details jobs and recording jobs. */
final class AnalyticsQueries {
    static final Set<String> ORDERS = Set.of("asc", "desc", "unordered");
    static final Set<String> ORDER_BYS = Set.of("conversationStart", "conversationEnd", "segmentStart", "segmentEnd");

    private AnalyticsQueries() {}

    static boolean ascending(String prefix, String order) {
        if (order == null) {
            return true;
        }
        if (!ORDERS.contains(order)) {
            throw ApiError.invalidValue(
                    prefix + "order", prefix + "order must be one of [asc, desc, unordered], got '" + order + "'");
        }
        return !"desc".equals(order);
    }

    /** True when ordering by end (conversationEnd or segmentEnd). */
    static boolean byEnd(String prefix, String orderBy) {
        if (orderBy == null) {
            return false;
        }
        if (!ORDER_BYS.contains(orderBy)) {
            throw ApiError.invalidValue(
                    prefix + "orderBy",
                    prefix + "orderBy must be one of [conversationStart,"
                            + " conversationEnd, segmentStart, segmentEnd], got '" + orderBy + "'");
        }
        return orderBy.endsWith("End");
    }

    static void unsupported(String field, List<JsonNode> list) {
        if (list != null && !list.isEmpty()) {
            throw ApiError.badRequest(field, field + " is not supported by the simulator");
        }
    }

    static boolean noFilters(List<QueryBodies.Filter> a, List<QueryBodies.Filter> b) {
        return (a == null || a.isEmpty()) && (b == null || b.isEmpty());
    }
}
