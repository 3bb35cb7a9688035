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

import io.github.camelgenesys.options.Choices;
import io.github.camelgenesys.options.ConversationOrderBy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names the Genesys analytics API accepts, as enumerated by the official SDK models generated from the swagger:
 * the union of platform-client-v2 198.1.0 and the newest models found (Java SDK 259.0.0
 * {@code ConversationAggregationQuery}; Java SDK 212.0.0 {@code ConversationAggregateQueryPredicate}; Python SDK
 * {@code conversation_detail_query_predicate.py} and {@code segment_detail_query_predicate.py} allowed_values).
 * Names a newer SDK dropped are kept, since the API may still accept them. Used to reject a misspelt dimension or
 * metric before any call, with the allowed values and the closest one in the message; names Genesys added after this
 * list pass with {@code allowUnknownVocabulary=true} (see docs/analytics.md).
 * <p>
 * The SDK name lists live in the resource {@value #RESOURCE} (one name per line under a {@code [section]}), read
 * once when this class loads; the small fixed grammar (operators, types, orders) is spelt out here.
 */
public final class AnalyticsVocabulary {

    static final String RESOURCE = "analytics-vocabulary.txt";

    private static final Map<String, Set<String>> LISTS = load();

    /** Dimensions of a details-query conversation filter predicate. */
    public static final Set<String> CONVERSATION_DIMENSIONS = list("conversation-dimensions");

    /** Dimensions of a details-query segment filter predicate. */
    public static final Set<String> SEGMENT_DIMENSIONS = list("segment-dimensions");

    /** Metrics of a details-query conversation filter predicate ({@code type: metric}). */
    public static final Set<String> DETAIL_METRICS = list("detail-metrics");

    /** Metrics of a details-query segment filter predicate ({@code type: metric}). */
    public static final Set<String> SEGMENT_METRICS = list("segment-metrics");

    /** Metrics of an aggregates query. */
    public static final Set<String> AGGREGATE_METRICS = list("aggregate-metrics");

    /**
     * The dimensions aggregates queries share between groupBy and filter predicates (the SDK's two enums differ by
     * one name each, added below).
     */
    private static final Set<String> AGGREGATE_DIMENSIONS = list("aggregate-dimensions");

    /** groupBy dimensions of an aggregates query. */
    public static final Set<String> AGGREGATE_GROUP_BY = with(AGGREGATE_DIMENSIONS, "skillExpressionId");

    /** Dimensions of an aggregates-query filter predicate. */
    public static final Set<String> AGGREGATE_FILTER_DIMENSIONS =
            with(AGGREGATE_DIMENSIONS, "canonicalExternalContactId");

    public static final Set<String> PREDICATE_OPERATORS = Set.of("matches", "exists", "notExists");
    public static final Set<String> PREDICATE_TYPES = Set.of("dimension", "property", "metric");
    public static final Set<String> FILTER_TYPES = Set.of("and", "or");
    public static final Set<String> ORDERS = Set.of("asc", "desc", "unordered");
    public static final Set<String> ORDER_BY = Choices.names(ConversationOrderBy.class);

    private AnalyticsVocabulary() {}

    private static Set<String> list(String section) {
        Set<String> names = LISTS.get(section);
        if (names == null || names.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no names in section [" + section + "]");
        }
        return names;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = AnalyticsVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to AnalyticsVocabulary");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** {@code [section]} starts a list; then one name a line; blank lines and {@code #} comments are skipped. */
    private static Map<String, Set<String>> parse(BufferedReader reader) throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        String section = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                section = text.substring(1, text.length() - 1);
                current = new HashSet<>();
                sections.put(section, current);
            } else if (current == null || !current.add(text)) {
                throw new IllegalStateException(RESOURCE + ": '" + text + "' "
                        + (current == null ? "before any [section]" : "twice in [" + section + "]"));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        sections.forEach((name, names) -> frozen.put(name, Set.copyOf(names)));
        return Map.copyOf(frozen);
    }
}
