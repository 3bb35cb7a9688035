package io.github.camelgenesys.query;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SuggestionsTest {

    @Test
    void closeTyposGetTheClosestAllowedValue() {
        assertEquals("queueId", Suggestions.closest("queueID", AnalyticsVocabulary.SEGMENT_DIMENSIONS));
        assertEquals("wrapUpCode", Suggestions.closest("wrapupCod", AnalyticsVocabulary.SEGMENT_DIMENSIONS));
        assertEquals("tHandle", Suggestions.closest("tHandel", AnalyticsVocabulary.AGGREGATE_METRICS));
        assertEquals("eu_west_1", Suggestions.closest("eu-west-1x", List.of("eu_west_1", "eu_west_2", "us_east_1")));
        assertEquals("desc", Suggestions.closest("dsc", List.of("asc", "desc")));
    }

    @Test
    void farValuesGetNoSuggestion() {
        assertNull(Suggestions.closest("mars_north_1", List.of("eu_west_1", "us_east_1")));
        assertNull(Suggestions.closest("banana", AnalyticsVocabulary.AGGREGATE_GROUP_BY));
        assertEquals("", Suggestions.didYouMean("", List.of("asc")));
    }

    @Test
    void transpositionCountsAsOneEdit() {
        assertEquals(1, Suggestions.distance("delya", "delay"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
