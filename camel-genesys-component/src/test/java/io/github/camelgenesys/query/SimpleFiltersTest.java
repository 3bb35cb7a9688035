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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SimpleFiltersTest {

    @Test
    void segmentOptionsShareOneSegmentFilterWithAnOrClausePerDimension() {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        SimpleFilters.builder()
                .mediaType("voice, message")
                .queueId("q1")
                .build()
                .applyTo(query);

        assertFalse(query.has("conversationFilters"));
        assertEquals(1, query.get("segmentFilters").size());
        ObjectNode filter = (ObjectNode) query.get("segmentFilters").get(0);
        assertEquals("and", filter.get("type").asText());
        assertEquals("mediaType", filter.at("/clauses/0/predicates/0/dimension").asText());
        assertEquals("voice", filter.at("/clauses/0/predicates/0/value").asText());
        assertEquals("message", filter.at("/clauses/0/predicates/1/value").asText());
        assertEquals("or", filter.at("/clauses/0/type").asText());
        assertEquals("queueId", filter.at("/clauses/1/predicates/0/dimension").asText());
    }

    @Test
    void completedOnlyAddsConversationEndExists() {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        SimpleFilters.builder().completedOnly(true).build().applyTo(query);
        assertEquals(
                "conversationEnd",
                query.at("/conversationFilters/0/clauses/0/predicates/0/dimension")
                        .asText());
        assertEquals(
                "exists",
                query.at("/conversationFilters/0/clauses/0/predicates/0/operator")
                        .asText());
    }

    @Test
    void filtersAreAppendedToAUserSuppliedFilter() {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        query.putArray("segmentFilters").addObject().put("type", "or");
        SimpleFilters.builder().userId("u1").build().applyTo(query);
        assertEquals(2, query.get("segmentFilters").size());
    }

    @Test
    void builtFiltersPassTheValidator() {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        SimpleFilters.builder()
                .mediaType("voice")
                .direction("inbound")
                .wrapUpCode("w")
                .userId("u")
                .divisionId("d")
                .conversationId("c1,c2")
                .completedOnly(true)
                .build()
                .applyTo(query);
        QueryValidator.withDefaults().validateDetailFilters("filter", query);
        assertTrue(query.has("conversationFilters"));
    }

    @Test
    void blankOptionsAreIgnoredAndNothingIsAdded() {
        SimpleFilters filters =
                SimpleFilters.builder().mediaType(" ").queueId(null).build();
        assertTrue(filters.isEmpty());
    }
}
