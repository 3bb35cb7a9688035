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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The filters users set as plain options (each a comma-separated list of values), turned into the details-query filter
 * shape: one {@code and} filter per level whose clauses are {@code or}s of the values of one dimension.
 * Segment dimensions sit in one segment filter, so a single segment must satisfy all of them (queue AND media type).
 */
public record SimpleFilters(
        Map<String, List<String>> conversationDimensions,
        Map<String, List<String>> segmentDimensions,
        boolean completedOnly) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public SimpleFilters {
        conversationDimensions = Map.copyOf(conversationDimensions);
        segmentDimensions = Map.copyOf(segmentDimensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return conversationDimensions.isEmpty() && segmentDimensions.isEmpty() && !completedOnly;
    }

    /** Appends this filter to {@code conversationFilters} and {@code segmentFilters} of a details or job query. */
    public void applyTo(ObjectNode query) {
        ArrayNode conversationClauses = clauses(conversationDimensions);
        if (completedOnly) {
            ObjectNode clause = JSON.objectNode().put("type", "and");
            clause.putArray("predicates").add(predicate("conversationEnd", null));
            conversationClauses.add(clause);
        }
        append(query, "conversationFilters", conversationClauses);
        append(query, "segmentFilters", clauses(segmentDimensions));
    }

    private static void append(ObjectNode query, String field, ArrayNode clauses) {
        if (clauses.isEmpty()) {
            return;
        }
        ArrayNode filters = query.has(field) ? (ArrayNode) query.get(field) : query.putArray(field);
        ObjectNode filter = filters.addObject().put("type", "and");
        filter.set("clauses", clauses);
    }

    private static ArrayNode clauses(Map<String, List<String>> dimensions) {
        ArrayNode clauses = JSON.arrayNode();
        dimensions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode clause = clauses.addObject().put("type", "or");
            ArrayNode predicates = clause.putArray("predicates");
            e.getValue().forEach(value -> predicates.add(predicate(e.getKey(), value)));
        });
        return clauses;
    }

    private static ObjectNode predicate(String dimension, String value) {
        ObjectNode predicate = JSON.objectNode().put("type", "dimension").put("dimension", dimension);
        if (value == null) {
            predicate.put("operator", "exists");
        } else {
            predicate.put("operator", "matches").put("value", value);
        }
        return predicate;
    }

    /** Collects option values; blank options are skipped, comma-separated values become alternatives. */
    public static final class Builder {
        private final Map<String, List<String>> conversation = new java.util.TreeMap<>();
        private final Map<String, List<String>> segment = new java.util.TreeMap<>();
        private boolean completedOnly;

        public Builder conversationId(String values) {
            return conversation("conversationId", values);
        }

        public Builder divisionId(String values) {
            return conversation("divisionId", values);
        }

        public Builder originatingDirection(String values) {
            return conversation("originatingDirection", values);
        }

        public Builder mediaType(String values) {
            return segment("mediaType", values);
        }

        public Builder queueId(String values) {
            return segment("queueId", values);
        }

        public Builder direction(String values) {
            return segment("direction", values);
        }

        public Builder userId(String values) {
            return segment("userId", values);
        }

        public Builder wrapUpCode(String values) {
            return segment("wrapUpCode", values);
        }

        public Builder completedOnly(boolean completedOnly) {
            this.completedOnly = completedOnly;
            return this;
        }

        public Builder conversation(String dimension, String values) {
            put(conversation, dimension, values);
            return this;
        }

        public Builder segment(String dimension, String values) {
            put(segment, dimension, values);
            return this;
        }

        public SimpleFilters build() {
            return new SimpleFilters(conversation, segment, completedOnly);
        }

        private static void put(Map<String, List<String>> target, String dimension, String values) {
            List<String> list = split(values);
            if (!list.isEmpty()) {
                target.put(dimension, list);
            }
        }
    }

    /** Splits a comma-separated option value, trimming blanks. */
    public static List<String> split(String values) {
        if (values == null || values.isBlank()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        Arrays.stream(values.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(list::add);
        return List.copyOf(list);
    }
}
