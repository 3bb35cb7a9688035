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
package io.github.camelgenesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.options.CallDirection;
import io.github.camelgenesys.options.Choices;
import io.github.camelgenesys.query.FilterSource;
import io.github.camelgenesys.query.QueryValidator;
import io.github.camelgenesys.query.SimpleFilters;

/**
 * Turns the filter options every query-based operation shares (filter, mediaType, queueId, direction, divisionId,
 * userId, wrapUpCode, conversationId, completedOnly) into the details-query filter fields, validated, so search,
 * analytics and archive (selection=query) build them one way.
 */
public final class FilterOptions {

    private FilterOptions() {}

    /** The simple filter options; {@code direction} values are checked against the API's enum. */
    public static SimpleFilters simpleFilters(GenesysConfiguration c, boolean completedOnly) {
        String directions = Choices.parseList("direction", c.getDirection(), CallDirection.class).stream()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
        return SimpleFilters.builder()
                .mediaType(c.getMediaType())
                .queueId(c.getQueueId())
                .direction(directions)
                .divisionId(c.getDivisionId())
                .userId(c.getUserId())
                .wrapUpCode(c.getWrapUpCode())
                .conversationId(c.getConversationId())
                .completedOnly(completedOnly)
                .build();
    }

    /**
     * {@code conversationFilters} / {@code segmentFilters} of a details query, details job or recording-job query:
     * the {@code filter} option (inline JSON, classpath: or file:) with the simple filter options appended.
     *
     * @throws IllegalArgumentException naming the option or JSON path and the allowed values
     */
    public static ObjectNode detailFilters(GenesysConfiguration c, ClassLoader classLoader) {
        ObjectNode filters = GenesysJson.mapper().createObjectNode();
        QueryValidator validator = QueryValidator.withDefaults(c.isAllowUnknownVocabulary());
        if (c.getFilter() != null && !c.getFilter().isBlank()) {
            JsonNode filter = FilterSource.read("filter", c.getFilter(), classLoader);
            validator.validateDetailFilters("filter", filter);
            filters.setAll(((ObjectNode) filter).deepCopy());
        }
        simpleFilters(c, c.isCompletedOnly()).applyTo(filters);
        validator.validateDetailFilters("filter (with the simple filter options)", filters);
        return filters;
    }
}
