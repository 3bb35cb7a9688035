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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

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
