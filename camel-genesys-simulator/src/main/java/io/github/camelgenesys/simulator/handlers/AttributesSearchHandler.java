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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.ParticipantAttributes;
import io.github.camelgenesys.simulator.data.Scan;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code POST /api/v2/conversations/participants/attributes/search}: cursor-paged search over historical
 * conversations by {@code conversationId} (EXACT), {@code startTime} (DATE_RANGE) and
 * {@code participants.attributes.<name>} (EXACT). The field names are the simulator's choice (UNVERIFIED).
 * With {@code returnFields}, a result holds only the fields named there (a field is kept when it, or a path below
 * it, is listed), so a caller that does not ask for {@code conversationId} gets results without it.
 */
public final class AttributesSearchHandler {
    static final int PAGE_SIZE = 25;
    static final String ATTRIBUTE_PREFIX = "participants.attributes.";

    /** ConversationParticipantSearchCriteria. */
    public record Criteria(
            String endValue,
            List<String> values,
            String startValue,
            String value,
            String operator,
            List<Criteria> group,
            String dateFormat,
            String type,
            List<String> fields) {}

    /** ConversationParticipantSearchRequest. */
    public record SearchRequest(
            String sortOrder,
            String sortBy,
            List<JsonNode> sort,
            List<String> returnFields,
            List<Criteria> query,
            String cursor) {}

    private final SimulatorContext ctx;
    private final ParticipantAttributes attributes;

    public AttributesSearchHandler(SimulatorContext ctx, ParticipantAttributes attributes) {
        this.ctx = ctx;
        this.attributes = attributes;
    }

    public List<Route> routes() {
        return List.of(Route.of(
                "POST",
                "/api/v2/conversations/participants/attributes/search",
                Permissions.ATTRIBUTES_SEARCH,
                this::search));
    }

    private ApiResponse search(ApiRequest request) {
        SearchRequest body = Json.parse(request.body(), SearchRequest.class);
        if (body.query() == null || body.query().isEmpty()) {
            throw ApiError.badRequest("query", "query needs at least one criterion");
        }
        if (body.sortOrder() != null && !List.of("ASC", "DESC", "SCORE").contains(body.sortOrder())) {
            throw ApiError.invalidValue(
                    "sortOrder", "sortOrder must be one of [ASC, DESC, SCORE], got '" + body.sortOrder() + "'");
        }
        long[] range = {ctx.store().historyStartMs(), Long.MAX_VALUE};
        Predicate<Conversation> filter = combine("query", body.query(), range);
        boolean ascending = !"DESC".equals(body.sortOrder());
        long now = ctx.now();
        Scan scan = ctx.store().scan(range[0], Math.min(range[1], now), ascending);
        if (body.cursor() != null && !body.cursor().isEmpty()) {
            scan.seek(decode(body.cursor()));
        }
        ObjectNode response = Json.object();
        response.putArray("types").add("conversations");
        ArrayNode results = response.putArray("results");
        long[] before = scan.position();
        while (scan.hasNext()) {
            before = scan.position();
            Conversation c = scan.next();
            if (!filter.test(c)) {
                continue;
            }
            if (results.size() == PAGE_SIZE) {
                response.put("cursor", encode(before));
                break;
            }
            ObjectNode r = results.addObject();
            r.put("conversationId", c.id());
            r.put("startTime", Json.date(c.startMs()));
            ObjectNode p = r.putArray("participants").addObject();
            p.put("participantId", ctx.renderer().subId(c.index(), 1));
            p.put("purpose", "customer");
            ObjectNode attrs = p.putObject("attributes");
            attributes.of(c).forEach(attrs::put);
            keepOnly(r, body.returnFields());
        }
        response.putArray("aggregations");
        return ApiResponse.ok(response);
    }

    private Predicate<Conversation> combine(String field, List<Criteria> criteria, long[] range) {
        List<Predicate<Conversation>> all = new ArrayList<>();
        List<Predicate<Conversation>> any = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criteria c = criteria.get(i);
            String f = field + "[" + i + "]";
            String op = c.operator() == null ? "AND" : c.operator();
            Predicate<Conversation> p = criterion(f, c, "AND".equals(op) ? range : null);
            switch (op) {
                case "AND" -> all.add(p);
                case "OR" -> any.add(p);
                case "NOT" -> all.add(p.negate());
                default ->
                    throw ApiError.invalidValue(
                            f + ".operator", f + ".operator must be one of [AND, OR, NOT]," + " got '" + op + "'");
            }
        }
        return conv -> all.stream().allMatch(p -> p.test(conv))
                && (any.isEmpty() || any.stream().anyMatch(p -> p.test(conv)));
    }

    private Predicate<Conversation> criterion(String f, Criteria c, long[] range) {
        if (c.group() != null && !c.group().isEmpty()) {
            return combine(f + ".group", c.group(), null);
        }
        if (c.fields() == null || c.fields().isEmpty()) {
            throw ApiError.badRequest(f + ".fields", f + ".fields is required");
        }
        if ("DATE_RANGE".equals(c.type())) {
            if (!c.fields().equals(List.of("startTime"))) {
                throw ApiError.invalidValue(f + ".fields", f + ".fields for DATE_RANGE must be [startTime]");
            }
            long from = c.startValue() == null ? Long.MIN_VALUE : date(f + ".startValue", c.startValue());
            long to = c.endValue() == null ? Long.MAX_VALUE : date(f + ".endValue", c.endValue());
            if (range != null) {
                range[0] = Math.max(range[0], from);
                range[1] = Math.min(range[1], to);
            }
            return conv -> conv.startMs() >= from && conv.startMs() < to;
        }
        if (!"EXACT".equals(c.type())) {
            throw ApiError.invalidValue(
                    f + ".type", f + ".type must be one of [EXACT, DATE_RANGE], got '" + c.type() + "'");
        }
        List<String> values = c.values() != null && !c.values().isEmpty()
                ? c.values()
                : c.value() != null ? List.of(c.value()) : null;
        if (values == null) {
            throw ApiError.badRequest(f + ".value", f + ".value or values is required for EXACT");
        }
        List<Predicate<Conversation>> perField = new ArrayList<>();
        for (String field : c.fields()) {
            if ("conversationId".equals(field)) {
                perField.add(conv -> values.contains(conv.id()));
            } else if (field.startsWith(ATTRIBUTE_PREFIX) && field.length() > ATTRIBUTE_PREFIX.length()) {
                String name = field.substring(ATTRIBUTE_PREFIX.length());
                perField.add(conv -> {
                    String actual = attributes.of(conv).get(name);
                    return actual != null && values.contains(actual);
                });
            } else {
                throw ApiError.invalidValue(
                        f + ".fields",
                        f + ".fields '" + field + "' is not supported by the"
                                + " simulator; supported: conversationId, startTime, " + ATTRIBUTE_PREFIX + "<name>");
            }
        }
        return conv -> perField.stream().anyMatch(p -> p.test(conv));
    }

    private static void keepOnly(ObjectNode result, List<String> returnFields) {
        if (returnFields == null || returnFields.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        result.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            boolean asked = returnFields.stream().anyMatch(f -> f.equals(name) || f.startsWith(name + "."));
            if (!asked) {
                result.remove(name);
            }
        }
    }

    private static long date(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new ApiError(
                    400, "invalid.date", field + " must be an ISO-8601 date-time, got '" + value + "'", field);
        }
    }

    private static String encode(long[] position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((position[0] + ":" + position[1]).getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ApiError.invalidValue("cursor", "cursor is not one this API returned");
        }
    }
}
