package io.github.camelgenesys.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleFiltersTest {

    @Test
    void segmentOptionsShareOneSegmentFilterWithAnOrClausePerDimension() {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        SimpleFilters.builder().mediaType("voice, message").queueId("q1").build().applyTo(query);

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
        assertEquals("conversationEnd", query.at("/conversationFilters/0/clauses/0/predicates/0/dimension").asText());
        assertEquals("exists", query.at("/conversationFilters/0/clauses/0/predicates/0/operator").asText());
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
        SimpleFilters.builder().mediaType("voice").direction("inbound").wrapUpCode("w").userId("u")
                .divisionId("d").conversationId("c1,c2").completedOnly(true).build().applyTo(query);
        QueryValidator.withDefaults().validateDetailFilters("filter", query);
        assertTrue(query.has("conversationFilters"));
    }

    @Test
    void blankOptionsAreIgnoredAndNothingIsAdded() {
        SimpleFilters filters = SimpleFilters.builder().mediaType(" ").queueId(null).build();
        assertTrue(filters.isEmpty());
    }
}
