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
import io.github.camelgenesys.simulator.data.MetricEvent;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.data.Scan;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code POST /api/v2/analytics/conversations/aggregates/query}: the same metric events as the details' session
 * metrics, for conversations started in the interval, grouped and bucketed by granularity (by conversation start).
 */
public final class AggregatesHandler {
    static final Set<String> GROUP_BYS =
            Set.of("queueId", "mediaType", "direction", "originatingDirection", "userId", "wrapUpCode", "divisionId");
    static final Set<String> METRICS =
            Set.of("nOffered", "nConnected", "nTransferred", "tHandle", "tTalk", "tAcw", "tWait", "tAbandon", "tAcd");
    private static final int MAX_CELLS = 200_000;

    private static final class Stats {
        long count;
        long sum;
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;

        void add(long v) {
            count++;
            sum += v;
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
    }

    private final SimulatorContext ctx;

    public AggregatesHandler(SimulatorContext ctx) {
        this.ctx = ctx;
    }

    public List<Route> routes() {
        return List.of(Route.of(
                "POST", "/api/v2/analytics/conversations/aggregates/query", Permissions.AGGREGATES, this::query));
    }

    private ApiResponse query(ApiRequest request) {
        QueryBodies.AggregatesQuery q = Json.parse(request.body(), QueryBodies.AggregatesQuery.class);
        Interval interval = Interval.parse("interval", q.interval());
        long bucketMs = granularity(q.granularity(), interval);
        if (q.timeZone() != null) {
            try {
                ZoneId.of(q.timeZone());
            } catch (DateTimeException e) {
                throw ApiError.invalidValue("timeZone", "timeZone must be an IANA zone id, got '" + q.timeZone() + "'");
            }
        }
        List<String> groupBy = q.groupBy() == null ? List.of() : q.groupBy();
        for (int i = 0; i < groupBy.size(); i++) {
            if (!GROUP_BYS.contains(groupBy.get(i))) {
                throw ApiError.invalidValue(
                        "groupBy[" + i + "]",
                        "groupBy[" + i + "] '" + groupBy.get(i) + "' is not supported by the simulator; supported: "
                                + new java.util.TreeSet<>(GROUP_BYS));
            }
        }
        if (q.metrics() == null || q.metrics().isEmpty()) {
            throw ApiError.badRequest("metrics", "metrics is required");
        }
        for (int i = 0; i < q.metrics().size(); i++) {
            if (!METRICS.contains(q.metrics().get(i))) {
                throw ApiError.invalidValue(
                        "metrics[" + i + "]",
                        "metrics[" + i + "] '" + q.metrics().get(i) + "' is not supported by the simulator; supported: "
                                + new java.util.TreeSet<>(METRICS));
            }
        }
        if (q.views() != null && !q.views().isEmpty()) {
            throw ApiError.badRequest("views", "views is not supported by the simulator");
        }
        if (q.alternateTimeDimension() != null) {
            throw ApiError.badRequest(
                    "alternateTimeDimension", "alternateTimeDimension is not supported by the simulator");
        }
        if (q.sortMetric() != null || q.limit() != null) {
            throw ApiError.badRequest(
                    q.sortMetric() != null ? "sortMetric" : "limit",
                    "sortMetric and limit apply to topN/bottomN queries, which the simulator does not support");
        }
        if (q.queryType() != null && !"groupBy".equals(q.queryType())) {
            throw ApiError.invalidValue(
                    "queryType", "queryType must be groupBy in the simulator, got '" + q.queryType() + "'");
        }
        long now = ctx.now();
        Set<String> dims = new HashSet<>(ConversationMatcher.CONVERSATION_DIMENSIONS);
        dims.addAll(ConversationMatcher.SEGMENT_DIMENSIONS);
        Predicate<Conversation> filter = ctx.matcher().compileOne("filter", q.filter(), dims, now);
        Set<String> wanted = new HashSet<>(q.metrics());

        Map<Map<String, String>, TreeMap<Long, Map<String, Stats>>> groups = new LinkedHashMap<>();
        int cells = 0;
        Scan scan = ctx.store().scan(interval.startMs(), interval.endMs(), true);
        while (scan.hasNext()) {
            Conversation c = scan.next();
            if (!filter.test(c)) {
                continue;
            }
            long bucket = (c.startMs() - interval.startMs()) / bucketMs;
            for (MetricEvent e : MetricEvent.of(c, now)) {
                if (!wanted.contains(e.name())) {
                    continue;
                }
                Map<String, String> group = group(c, groupBy, now);
                TreeMap<Long, Map<String, Stats>> buckets = groups.computeIfAbsent(group, g -> new TreeMap<>());
                Map<String, Stats> metrics = buckets.get(bucket);
                if (metrics == null) {
                    if (++cells > MAX_CELLS) {
                        throw ApiError.badRequest(
                                "granularity",
                                "Too many result cells (groups x buckets > " + MAX_CELLS
                                        + "); use a coarser granularity or fewer groupBy dimensions");
                    }
                    metrics = new TreeMap<>();
                    buckets.put(bucket, metrics);
                }
                metrics.computeIfAbsent(e.name(), n -> new Stats()).add(e.value());
            }
        }
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        groups.forEach((group, buckets) -> {
            ObjectNode result = results.addObject();
            ObjectNode g = result.putObject("group");
            group.forEach(g::put);
            ArrayNode data = result.putArray("data");
            buckets.forEach((bucket, metrics) -> {
                ObjectNode d = data.addObject();
                long from = interval.startMs() + bucket * bucketMs;
                d.put("interval", new Interval(from, Math.min(from + bucketMs, interval.endMs())).toString());
                ArrayNode ms = d.putArray("metrics");
                metrics.forEach((name, s) -> {
                    ObjectNode stats = ms.addObject().put("metric", name).putObject("stats");
                    if (name.startsWith("t")) {
                        stats.put("max", s.max)
                                .put("min", s.min)
                                .put("count", s.count)
                                .put("sum", s.sum);
                    } else {
                        stats.put("count", s.sum);
                    }
                });
            });
        });
        return ApiResponse.ok(body);
    }

    private Map<String, String> group(Conversation c, List<String> groupBy, long now) {
        Map<String, String> group = new TreeMap<>();
        for (String dim : groupBy) {
            String value = switch (dim) {
                case "queueId" -> ctx.catalog().queueId(c.queue());
                case "mediaType" -> c.mediaType();
                case "direction", "originatingDirection" -> c.direction();
                case "divisionId" -> ctx.catalog().divisionId(c.division());
                case "userId" ->
                    c.user() >= 0 && c.answeredMs() <= now ? ctx.catalog().userId(c.user()) : null;
                case "wrapUpCode" ->
                    c.wrapUp() >= 0 && c.endedBy(now) ? ctx.catalog().wrapUpId(c.wrapUp()) : null;
                default -> null;
            };
            if (value != null) {
                group.put(dim, value);
            }
        }
        return group;
    }

    private static long granularity(String text, Interval interval) {
        long whole = interval.endMs() - interval.startMs();
        if (text == null || text.isBlank()) {
            return whole;
        }
        long ms;
        try {
            if (text.contains("T")) {
                ms = Duration.parse(text).toMillis();
            } else {
                Period p = Period.parse(text);
                if (p.getMonths() != 0 || p.getYears() != 0) {
                    throw ApiError.invalidValue(
                            "granularity",
                            "granularity in months or years is not supported by"
                                    + " the simulator; use days, hours or minutes (e.g. P1D, PT30M)");
                }
                ms = p.getDays() * Interval.DAY_MS;
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.invalidValue(
                    "granularity",
                    "granularity must be an ISO-8601 duration such as PT30M or P1D," + " got '" + text + "'");
        }
        if (ms <= 0) {
            throw ApiError.invalidValue("granularity", "granularity must be positive, got '" + text + "'");
        }
        return ms;
    }
}
