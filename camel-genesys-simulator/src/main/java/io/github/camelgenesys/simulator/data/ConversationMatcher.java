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
package io.github.camelgenesys.simulator.data;

import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compiles conversationFilters/segmentFilters into a predicate over {@link Conversation}. Each conversation has one
 * customer, one acd and at most one agent participant, so a segment predicate matches when any segment has the value.
 */
public final class ConversationMatcher {
    public static final Set<String> CONVERSATION_DIMENSIONS =
            Set.of("conversationId", "conversationStart", "conversationEnd", "divisionId", "originatingDirection");
    public static final Set<String> SEGMENT_DIMENSIONS = Set.of(
            "mediaType",
            "queueId",
            "direction",
            "userId",
            "wrapUpCode",
            "purpose",
            "segmentEnd",
            "messageType",
            "conversationId",
            "divisionId");
    private static final Set<String> OPERATORS = Set.of("matches", "exists", "notExists");

    private final Catalog catalog;

    public ConversationMatcher(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A predicate that ANDs all filters of both lists; {@code nowMs} decides which conversations have ended. */
    public Predicate<Conversation> compile(
            List<QueryBodies.Filter> conversationFilters, List<QueryBodies.Filter> segmentFilters, long nowMs) {
        List<Predicate<Conversation>> all = new ArrayList<>();
        compileList("conversationFilters", conversationFilters, CONVERSATION_DIMENSIONS, nowMs, all);
        compileList("segmentFilters", segmentFilters, SEGMENT_DIMENSIONS, nowMs, all);
        return c -> {
            for (Predicate<Conversation> p : all) {
                if (!p.test(c)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * The conversation ids a query is limited to when one of its filters is only conversationId "matches"
     * predicates (an or-filter of ids, or an and-filter with one id), else null. Lets such queries skip the scan.
     */
    public static java.util.Set<String> candidateIds(
            List<QueryBodies.Filter> conversationFilters, List<QueryBodies.Filter> segmentFilters) {
        for (List<QueryBodies.Filter> list : java.util.Arrays.asList(conversationFilters, segmentFilters)) {
            if (list == null) {
                continue;
            }
            for (QueryBodies.Filter f : list) {
                if ((f.clauses() != null && !f.clauses().isEmpty())
                        || f.predicates() == null
                        || f.predicates().isEmpty()) {
                    continue;
                }
                boolean onlyIds = f.predicates().stream()
                        .allMatch(p -> "conversationId".equals(p.dimension())
                                && (p.operator() == null || "matches".equals(p.operator()))
                                && p.value() != null
                                && (p.type() == null || "dimension".equals(p.type()))
                                && p.range() == null);
                if (onlyIds && ("or".equals(f.type()) || f.predicates().size() == 1)) {
                    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
                    f.predicates().forEach(p -> ids.add(p.value()));
                    return ids;
                }
            }
        }
        return null;
    }

    /** One filter object (aggregates, observations) whose dimensions may be conversation or segment ones. */
    public Predicate<Conversation> compileOne(
            String field, QueryBodies.Filter filter, Set<String> dimensions, long nowMs) {
        if (filter == null) {
            return c -> true;
        }
        return filter(field, filter, dimensions, nowMs);
    }

    private void compileList(
            String field,
            List<QueryBodies.Filter> filters,
            Set<String> dims,
            long nowMs,
            List<Predicate<Conversation>> out) {
        if (filters == null) {
            return;
        }
        for (int i = 0; i < filters.size(); i++) {
            out.add(filter(field + "[" + i + "]", filters.get(i), dims, nowMs));
        }
    }

    private Predicate<Conversation> filter(String field, QueryBodies.Filter f, Set<String> dims, long nowMs) {
        String type = f.type();
        if (!"and".equals(type) && !"or".equals(type)) {
            throw ApiError.invalidValue(field + ".type", field + ".type must be one of [and, or], got '" + type + "'");
        }
        List<Predicate<Conversation>> parts = new ArrayList<>();
        if (f.predicates() != null) {
            for (int i = 0; i < f.predicates().size(); i++) {
                parts.add(predicate(
                        field + ".predicates[" + i + "]", f.predicates().get(i), dims, nowMs));
            }
        }
        if (f.clauses() != null) {
            for (int i = 0; i < f.clauses().size(); i++) {
                parts.add(filter(field + ".clauses[" + i + "]", f.clauses().get(i), dims, nowMs));
            }
        }
        if (parts.isEmpty()) {
            throw ApiError.badRequest(field, field + " needs at least one predicate or clause");
        }
        boolean and = "and".equals(type);
        return c -> {
            for (Predicate<Conversation> p : parts) {
                if (p.test(c) != and) {
                    return !and;
                }
            }
            return and;
        };
    }

    private Predicate<Conversation> predicate(String field, QueryBodies.Predicate p, Set<String> dims, long nowMs) {
        if (p.type() != null && !"dimension".equals(p.type())) {
            throw ApiError.invalidValue(
                    field + ".type",
                    field + ".type '" + p.type() + "' is not supported by the simulator; supported: [dimension]");
        }
        String dim = p.dimension();
        if (dim == null || !dims.contains(dim)) {
            throw ApiError.invalidValue(
                    field + ".dimension",
                    field + ".dimension '" + dim + "' is not supported here; supported: "
                            + new java.util.TreeSet<>(dims));
        }
        String op = p.operator() == null ? "matches" : p.operator();
        if (!OPERATORS.contains(op)) {
            throw ApiError.invalidValue(
                    field + ".operator",
                    field + ".operator must be one of [matches, exists," + " notExists], got '" + op + "'");
        }
        if (p.range() != null) {
            throw ApiError.invalidValue(
                    field + ".range", field + ".range is not supported by the simulator; use value");
        }
        if ("matches".equals(op) && p.value() == null) {
            throw ApiError.badRequest(field + ".value", field + ".value is required for operator matches");
        }
        String value = p.value();
        return switch (op) {
            case "exists" -> c -> hasValue(dim, c, nowMs);
            case "notExists" -> c -> !hasValue(dim, c, nowMs);
            default -> c -> matches(dim, value, c, nowMs);
        };
    }

    private boolean hasValue(String dim, Conversation c, long nowMs) {
        return switch (dim) {
            case "conversationEnd", "segmentEnd" -> c.endedBy(nowMs);
            case "userId" -> c.user() >= 0 && c.answeredMs() <= nowMs;
            case "wrapUpCode" -> c.wrapUp() >= 0 && c.endedBy(nowMs);
            case "messageType" -> "message".equals(c.mediaType());
            default -> true;
        };
    }

    private boolean matches(String dim, String value, Conversation c, long nowMs) {
        return switch (dim) {
            case "conversationId" -> c.id().equals(value);
            case "conversationStart" -> Json.date(c.startMs()).equals(value);
            case "conversationEnd", "segmentEnd" ->
                c.endedBy(nowMs) && Json.date(c.endMs()).equals(value);
            case "divisionId" -> catalog.divisionId(c.division()).equals(value);
            case "originatingDirection", "direction" -> c.direction().equals(value);
            case "mediaType" -> c.mediaType().equals(value);
            case "queueId" -> catalog.queueId(c.queue()).equals(value);
            case "userId" ->
                hasValue("userId", c, nowMs) && catalog.userId(c.user()).equals(value);
            case "wrapUpCode" ->
                hasValue("wrapUpCode", c, nowMs) && catalog.wrapUpId(c.wrapUp()).equals(value);
            case "purpose" ->
                "customer".equals(value)
                        || "acd".equals(value)
                        || ("agent".equals(value) && hasValue("userId", c, nowMs));
            case "messageType" -> "message".equals(c.mediaType()) && "webmessaging".equals(value);
            default -> false;
        };
    }
}
