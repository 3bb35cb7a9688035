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
import io.github.camelgenesys.simulator.LiveConversations;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.ConversationRenderer;
import io.github.camelgenesys.simulator.data.ParticipantAttributes;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.data.Timeline;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Live endpoints: queue observations, routing queues, and GET conversation (live and historical). */
public final class LiveHandler {
    static final Set<String> METRICS = Set.of(
            "oWaiting", "oInteracting", "oAlerting", "oActiveUsers", "oMemberUsers", "oOnQueueUsers", "oOffQueueUsers");
    static final Set<String> DETAIL_METRICS = Set.of("oWaiting", "oInteracting");
    private static final int MAX_QUEUE_PAGE_SIZE = 500;

    private final SimulatorContext ctx;
    private final LiveConversations live;
    private final ConversationRenderer renderer;
    private final ParticipantAttributes attributes;

    public LiveHandler(SimulatorContext ctx, LiveConversations live, ParticipantAttributes attributes) {
        this.ctx = ctx;
        this.live = live;
        this.attributes = attributes;
        this.renderer = new ConversationRenderer(ctx.catalog(), ctx.renderer());
    }

    public List<Route> routes() {
        return List.of(
                Route.of(
                        "POST",
                        "/api/v2/analytics/queues/observations/query",
                        Permissions.OBSERVATIONS,
                        this::observations),
                Route.of("GET", "/api/v2/routing/queues", Permissions.QUEUES, this::queues),
                Route.of(
                        "GET", "/api/v2/conversations/{conversationId}", Permissions.CONVERSATION, this::conversation));
    }

    private ApiResponse observations(ApiRequest request) {
        QueryBodies.ObservationsQuery q = Json.parse(request.body(), QueryBodies.ObservationsQuery.class);
        if (q.filter() == null) {
            throw ApiError.badRequest("filter", "filter is required and must name at least one queueId");
        }
        int predicates = predicateCount(q.filter());
        int max = ctx.config().maxObservationPredicates();
        if (predicates > max) {
            throw ApiError.badRequest(
                    "filter",
                    "The query has " + predicates + " predicates; at most " + max + " query predicates are allowed");
        }
        Set<String> queueIds = new LinkedHashSet<>();
        Set<String> mediaTypes = new LinkedHashSet<>();
        collect("filter", q.filter(), queueIds, mediaTypes);
        if (queueIds.isEmpty()) {
            throw ApiError.badRequest("filter", "filter must contain at least one queueId predicate");
        }
        List<String> metrics = q.metrics() == null ? List.of() : q.metrics();
        List<String> detailMetrics = q.detailMetrics() == null ? List.of() : q.detailMetrics();
        check("metrics", metrics, METRICS);
        check("detailMetrics", detailMetrics, DETAIL_METRICS);
        if (metrics.isEmpty() && detailMetrics.isEmpty()) {
            throw ApiError.badRequest("metrics", "metrics or detailMetrics is required");
        }
        long now = ctx.now();
        List<Timeline> active = live.active();
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        List<String> medias =
                mediaTypes.isEmpty() ? java.util.Collections.singletonList(null) : new ArrayList<>(mediaTypes);
        for (String queueId : queueIds) {
            int queue = ctx.catalog().queueIndex(queueId);
            for (String media : medias) {
                ObjectNode result = results.addObject();
                ObjectNode group = result.putObject("group").put("queueId", queueId);
                if (media != null) {
                    group.put("mediaType", media);
                }
                ArrayNode data = result.putArray("data");
                Set<String> all = new LinkedHashSet<>(metrics);
                all.addAll(detailMetrics);
                for (String metric : all) {
                    List<Timeline> matching = new ArrayList<>();
                    for (Timeline t : active) {
                        if (t.queue() == queue
                                && (media == null || media.equals(t.mediaType()))
                                && ("oWaiting".equals(metric) && t.waiting(now)
                                        || "oInteracting".equals(metric) && t.interacting(now))) {
                            matching.add(t);
                        }
                    }
                    ObjectNode d = data.addObject().put("metric", metric);
                    d.putObject("stats").put("count", count(metric, queue, matching.size()));
                    if (detailMetrics.contains(metric)) {
                        ArrayNode observations = d.putArray("observations");
                        for (Timeline t : matching) {
                            ObjectNode o = observations.addObject();
                            o.put(
                                    "observationDate",
                                    Json.date("oWaiting".equals(metric) ? t.startMs() : t.answeredMs()));
                            o.put("conversationId", t.id());
                            o.put("sessionId", ctx.renderer().subId(t.salt() ^ 0x3C3C_0000L, 7));
                            o.put("routingPriority", 0);
                            o.put("direction", t.direction());
                            o.put("participantName", "Customer " + (t.salt() % 9973));
                            if ("oInteracting".equals(metric)) {
                                o.put("userId", ctx.catalog().userId(t.user()));
                            }
                        }
                        d.put("truncated", false);
                    }
                }
            }
        }
        return ApiResponse.ok(body);
    }

    private long count(String metric, int queue, int matching) {
        return switch (metric) {
            case "oWaiting", "oInteracting" -> matching;
            case "oAlerting" -> 0;
            case "oMemberUsers" -> 20;
            case "oActiveUsers" -> 12;
            case "oOnQueueUsers" -> 8 + queue % 5;
            case "oOffQueueUsers" -> 4;
            default -> 0;
        };
    }

    private static void check(String field, List<String> values, Set<String> allowed) {
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                throw ApiError.invalidValue(
                        field + "[" + i + "]",
                        field + "[" + i + "] '" + values.get(i) + "' is not supported by the simulator; supported: "
                                + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static int predicateCount(QueryBodies.Filter f) {
        int n = f.predicates() == null ? 0 : f.predicates().size();
        if (f.clauses() != null) {
            for (QueryBodies.Filter clause : f.clauses()) {
                n += predicateCount(clause);
            }
        }
        return n;
    }

    private void collect(String field, QueryBodies.Filter f, Set<String> queueIds, Set<String> mediaTypes) {
        if (!"and".equals(f.type()) && !"or".equals(f.type())) {
            throw ApiError.invalidValue(
                    field + ".type", field + ".type must be one of [and, or], got '" + f.type() + "'");
        }
        if (f.predicates() != null) {
            for (int i = 0; i < f.predicates().size(); i++) {
                QueryBodies.Predicate p = f.predicates().get(i);
                String pf = field + ".predicates[" + i + "]";
                if ("queueId".equals(p.dimension())) {
                    if (ctx.catalog().queueIndex(p.value()) < 0) {
                        throw ApiError.invalidValue(pf + ".value", pf + ".value is not a known queueId: " + p.value());
                    }
                    queueIds.add(p.value());
                } else if ("mediaType".equals(p.dimension())) {
                    mediaTypes.add(p.value());
                } else {
                    throw ApiError.invalidValue(
                            pf + ".dimension",
                            pf + ".dimension must be one of [queueId, mediaType]" + " in the simulator, got '"
                                    + p.dimension() + "'");
                }
            }
        }
        if (f.clauses() != null) {
            for (int i = 0; i < f.clauses().size(); i++) {
                collect(field + ".clauses[" + i + "]", f.clauses().get(i), queueIds, mediaTypes);
            }
        }
    }

    private ApiResponse queues(ApiRequest request) {
        int pageSize = request.intQuery("pageSize", 25);
        int pageNumber = request.intQuery("pageNumber", 1);
        if (pageSize < 1 || pageSize > MAX_QUEUE_PAGE_SIZE) {
            throw ApiError.invalidValue("pageSize", "pageSize must be 1.." + MAX_QUEUE_PAGE_SIZE + ", got " + pageSize);
        }
        if (pageNumber < 1) {
            throw ApiError.invalidValue("pageNumber", "pageNumber must be >= 1, got " + pageNumber);
        }
        String name = request.query("name");
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < ctx.catalog().queueIds().size(); i++) {
            if (name == null
                    || ctx.catalog()
                            .queueName(i)
                            .toLowerCase()
                            .startsWith(name.toLowerCase().replace("*", ""))) {
                matching.add(i);
            }
        }
        int total = matching.size();
        int pageCount = (total + pageSize - 1) / pageSize;
        ObjectNode body = Json.object();
        ArrayNode entities = body.putArray("entities");
        for (int k = (pageNumber - 1) * pageSize; k < Math.min(total, pageNumber * pageSize); k++) {
            int i = matching.get(k);
            ObjectNode q = entities.addObject();
            q.put("id", ctx.catalog().queueId(i));
            q.put("name", ctx.catalog().queueName(i));
            int division = ctx.catalog().queueDivision(i);
            q.putObject("division")
                    .put("id", ctx.catalog().divisionId(division))
                    .put("name", ctx.catalog().divisionName(division))
                    .put(
                            "selfUri",
                            "/api/v2/authorization/divisions/" + ctx.catalog().divisionId(division));
            q.put("memberCount", 20).put("userMemberCount", 20).put("joinedMemberCount", 16);
            q.put("selfUri", "/api/v2/routing/queues/" + ctx.catalog().queueId(i));
        }
        body.put("pageSize", pageSize)
                .put("pageNumber", pageNumber)
                .put("total", total)
                .put("pageCount", pageCount);
        String self = "/api/v2/routing/queues?pageSize=" + pageSize + "&pageNumber=";
        body.put("firstUri", self + 1).put("selfUri", self + pageNumber).put("lastUri", self + Math.max(1, pageCount));
        if (pageNumber < pageCount) {
            body.put("nextUri", self + (pageNumber + 1));
        }
        if (pageNumber > 1) {
            body.put("previousUri", self + (pageNumber - 1));
        }
        return ApiResponse.ok(body);
    }

    private ApiResponse conversation(ApiRequest request) {
        String id = request.pathParam(1);
        long now = ctx.now();
        Timeline t = live.byId(id);
        Map<String, String> attrs = Map.of();
        if (t == null) {
            Conversation c = ctx.store().byId(id);
            if (c == null || c.startMs() > now) {
                throw ApiError.notFound("conversation " + id);
            }
            t = Timeline.of(c);
            attrs = attributes.of(c);
        }
        return ApiResponse.ok(renderer.render(t, attrs, now));
    }
}
