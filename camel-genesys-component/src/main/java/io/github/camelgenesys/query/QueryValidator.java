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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an analytics query against the real schema before it is sent, so a typo fails at route start with the
 * path of the field and the allowed values, instead of a 400 from Genesys at 3 a.m.
 * <p>
 * The maximum numbers of filters and predicates are not published by Genesys; they are options with conservative
 * defaults ({@link #DEFAULT_MAX_FILTERS}, {@link #DEFAULT_MAX_PREDICATES}).
 * <p>
 * Dimension, metric and groupBy names are checked against {@link AnalyticsVocabulary}; with
 * {@code allowUnknownNames} a name missing from it is sent as is after a WARN (for names Genesys added after our list).
 */
public final class QueryValidator {

    private static final Logger LOG = LoggerFactory.getLogger(QueryValidator.class);

    public static final int DEFAULT_MAX_FILTERS = 10;
    public static final int DEFAULT_MAX_PREDICATES = 500;

    private final int maxFilters;
    private final int maxPredicates;
    private final boolean allowUnknownNames;

    public QueryValidator(int maxFilters, int maxPredicates) {
        this(maxFilters, maxPredicates, false);
    }

    public QueryValidator(int maxFilters, int maxPredicates, boolean allowUnknownNames) {
        this.maxFilters = maxFilters;
        this.maxPredicates = maxPredicates;
        this.allowUnknownNames = allowUnknownNames;
    }

    public static QueryValidator withDefaults() {
        return withDefaults(false);
    }

    /** The default limits; {@code allowUnknownNames} is the {@code allowUnknownVocabulary} option. */
    public static QueryValidator withDefaults(boolean allowUnknownNames) {
        return new QueryValidator(DEFAULT_MAX_FILTERS, DEFAULT_MAX_PREDICATES, allowUnknownNames);
    }

    /**
     * Validates the filter part of a details query, a details job or a recording-job conversation query:
     * {@code conversationFilters} and {@code segmentFilters}; other fields are left to the caller.
     *
     * @throws IllegalArgumentException naming the field path and the allowed values
     */
    public void validateDetailFilters(String option, JsonNode query) {
        Counter counter = new Counter();
        checkFilterArray(
                option,
                query,
                "conversationFilters",
                AnalyticsVocabulary.CONVERSATION_DIMENSIONS,
                AnalyticsVocabulary.DETAIL_METRICS,
                counter);
        checkFilterArray(
                option,
                query,
                "segmentFilters",
                AnalyticsVocabulary.SEGMENT_DIMENSIONS,
                AnalyticsVocabulary.SEGMENT_METRICS,
                counter);
        Iterator<String> names = query.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!DETAIL_FILTER_FIELDS.contains(name)) {
                throw new IllegalArgumentException(option + ": unknown field '" + name + "'"
                        + Suggestions.didYouMean(name, DETAIL_FILTER_FIELDS) + "; allowed: " + DETAIL_FILTER_FIELDS);
            }
        }
    }

    /** Validates one aggregates-query {@code filter} object (not an array). */
    public void validateAggregateFilter(String option, JsonNode filter) {
        checkFilter(
                option + ".filter", filter, AnalyticsVocabulary.AGGREGATE_FILTER_DIMENSIONS, Set.of(), new Counter());
    }

    /** Checks that every value is in the allowed set, naming the option and listing the allowed values. */
    public static void requireKnown(String option, Iterable<String> values, Set<String> allowed) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw new IllegalArgumentException(option + ": unknown value '" + value + "'"
                        + Suggestions.didYouMean(value, allowed) + "; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    /**
     * Checks analytics names (dimensions, metrics, groupBy) against {@link AnalyticsVocabulary}: like
     * {@link #requireKnown}, except that with {@code allowUnknownNames} an unknown (non-blank) name is only logged at
     * WARN.
     */
    public void requireName(String option, Iterable<String> values, Set<String> allowed) {
        if (!allowUnknownNames) {
            requireKnown(option, values, allowed);
            return;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                requireKnown(option, java.util.Collections.singleton(String.valueOf(value)), allowed);
            }
            if (!allowed.contains(value)) {
                LOG.warn(
                        "{}: '{}' is not in the component's analytics vocabulary{}; sending it as is because"
                                + " allowUnknownVocabulary=true (Genesys answers 400 if it does not know it either)",
                        option,
                        value,
                        Suggestions.didYouMean(value, allowed));
            }
        }
    }

    private static final Set<String> DETAIL_FILTER_FIELDS =
            Set.of("conversationFilters", "segmentFilters", "evaluationFilters", "surveyFilters", "resolutionFilters");

    private void checkFilterArray(
            String option, JsonNode query, String field, Set<String> dimensions, Set<String> metrics, Counter counter) {
        JsonNode filters = query.get(field);
        if (filters == null || filters.isNull()) {
            return;
        }
        String path = option + "." + field;
        if (!filters.isArray()) {
            throw new IllegalArgumentException(path + " must be an array of filters");
        }
        if (filters.size() > maxFilters) {
            throw new IllegalArgumentException(
                    path + " has " + filters.size() + " filters; at most " + maxFilters + " are allowed");
        }
        for (int i = 0; i < filters.size(); i++) {
            checkFilter(path + "[" + i + "]", filters.get(i), dimensions, metrics, counter);
        }
    }

    private void checkFilter(
            String path, JsonNode filter, Set<String> dimensions, Set<String> metrics, Counter counter) {
        if (filter == null || !filter.isObject()) {
            throw new IllegalArgumentException(path + " must be an object {type, clauses, predicates}");
        }
        requireType(path, filter);
        boolean any = false;
        JsonNode clauses = filter.get("clauses");
        if (clauses != null) {
            requireArray(path + ".clauses", clauses);
            for (int i = 0; i < clauses.size(); i++) {
                String clausePath = path + ".clauses[" + i + "]";
                JsonNode clause = clauses.get(i);
                requireType(clausePath, clause);
                JsonNode predicates = clause.get("predicates");
                if (predicates == null || predicates.isEmpty()) {
                    throw new IllegalArgumentException(clausePath + ".predicates must list at least one predicate");
                }
                checkPredicates(clausePath, predicates, dimensions, metrics, counter);
                any = true;
            }
        }
        JsonNode predicates = filter.get("predicates");
        if (predicates != null) {
            checkPredicates(path, predicates, dimensions, metrics, counter);
            any |= !predicates.isEmpty();
        }
        if (!any) {
            throw new IllegalArgumentException(path + " needs clauses or predicates");
        }
    }

    private void checkPredicates(
            String path, JsonNode predicates, Set<String> dimensions, Set<String> metrics, Counter counter) {
        requireArray(path + ".predicates", predicates);
        for (int i = 0; i < predicates.size(); i++) {
            String p = path + ".predicates[" + i + "]";
            JsonNode predicate = predicates.get(i);
            if (++counter.predicates > maxPredicates) {
                throw new IllegalArgumentException(p + ": the query has more than " + maxPredicates + " predicates");
            }
            String type = text(predicate, "type", "dimension");
            requireKnown(p + ".type", Set.of(type), AnalyticsVocabulary.PREDICATE_TYPES);
            String operator = text(predicate, "operator", "matches");
            requireKnown(p + ".operator", Set.of(operator), AnalyticsVocabulary.PREDICATE_OPERATORS);
            switch (type) {
                case "dimension" -> requireName(p + ".dimension", Set.of(text(predicate, "dimension", "")), dimensions);
                case "metric" -> {
                    if (metrics.isEmpty()) {
                        throw new IllegalArgumentException(
                                p + ".type 'metric' is not allowed here; allowed: [dimension, property]");
                    }
                    requireName(p + ".metric", Set.of(text(predicate, "metric", "")), metrics);
                }
                default -> {
                    if (text(predicate, "property", "").isEmpty()) {
                        throw new IllegalArgumentException(p + ".property is required for a property predicate");
                    }
                }
            }
            boolean hasValue = predicate.hasNonNull("value") || predicate.hasNonNull("range");
            if ("matches".equals(operator) && !hasValue) {
                throw new IllegalArgumentException(p + ": operator 'matches' needs a value or a range");
            }
        }
    }

    private static void requireType(String path, JsonNode node) {
        String type = text(node, "type", "");
        if (!AnalyticsVocabulary.FILTER_TYPES.contains(type)) {
            throw new IllegalArgumentException(path + ".type '" + type + "' is not allowed"
                    + Suggestions.didYouMean(type, AnalyticsVocabulary.FILTER_TYPES) + "; allowed: [and, or]");
        }
    }

    private static void requireArray(String path, JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(path + " must be an array");
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static final class Counter {
        int predicates;
    }
}
