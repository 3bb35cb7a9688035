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

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class QueryValidatorTest {

    private final QueryValidator validator = new QueryValidator(10, 3);

    private static JsonNode json(String text) {
        return FilterSource.read("filter", text, QueryValidatorTest.class.getClassLoader());
    }

    private String rejection(String filter) {
        return assertThrows(
                        IllegalArgumentException.class, () -> validator.validateDetailFilters("filter", json(filter)))
                .getMessage();
    }

    @Test
    void unknownSegmentDimensionIsNamedWithItsPathAndTheAllowedValues() {
        String message = rejection("""
                {"segmentFilters":[{"type":"and","clauses":[{"type":"or","predicates":[{"dimension":"queueID","value":"q"}]}]}]}""");
        assertTrue(message.startsWith("filter.segmentFilters[0].clauses[0].predicates[0].dimension"), message);
        assertTrue(message.contains("did you mean 'queueId'"), message);
        assertTrue(message.contains("allowed: ["), message);
    }

    @Test
    void conversationDimensionInASegmentFilterIsRejected() {
        String message = rejection("""
                {"segmentFilters":[{"type":"and","predicates":[{"dimension":"conversationEnd","operator":"exists"}]}]}""");
        assertTrue(message.contains("unknown value 'conversationEnd'"), message);
    }

    @Test
    void unknownOperatorAndFilterTypeAreRejected() {
        assertTrue(rejection("""
                {"conversationFilters":[{"type":"and","predicates":[{"dimension":"conversationId","operator":"equals","value":"x"}]}]}""").contains("operator"));
        assertTrue(rejection("""
                {"conversationFilters":[{"type":"xor","predicates":[{"dimension":"conversationId","value":"x"}]}]}""").contains("allowed: [and, or]"));
    }

    @Test
    void matchesWithoutValueIsRejected() {
        assertTrue(rejection("""
                {"conversationFilters":[{"type":"and","predicates":[{"dimension":"conversationId"}]}]}""").contains("needs a value"));
    }

    @Test
    void predicateCountIsBounded() {
        assertTrue(rejection("""
                {"conversationFilters":[{"type":"or","predicates":[{"dimension":"conversationId","value":"1"},
                {"dimension":"conversationId","value":"2"},{"dimension":"conversationId","value":"3"},
                {"dimension":"conversationId","value":"4"}]}]}""").contains("more than 3 predicates"));
    }

    @Test
    void unknownTopLevelFieldIsRejected() {
        assertTrue(rejection("{\"segmentFilter\":[]}").contains("unknown field 'segmentFilter'"));
    }

    @Test
    void validMetricPredicateIsAccepted() {
        validator.validateDetailFilters("filter", json("""
                {"conversationFilters":[{"type":"and","predicates":[{"type":"metric","metric":"tHandle","range":{"gte":1000}}]}]}"""));
    }

    @Test
    void invalidJsonNamesTheOptionAndPosition() {
        String message = assertThrows(IllegalArgumentException.class, () -> json("{\"a\":"))
                .getMessage();
        assertTrue(message.startsWith("Invalid filter: not valid JSON (line 1"), message);
    }

    @Test
    void newerSegmentNamesAreAcceptedAndTyposGetTheClosestName() {
        new QueryValidator(10, 10).validateDetailFilters("filter", json("""
                {"segmentFilters":[{"type":"and","predicates":[{"dimension":"wrapUpTag","value":"t"},
                {"type":"metric","metric":"tSegmentDuration","range":{"gte":1000}}]}]}"""));
        String message = rejection("""
                {"segmentFilters":[{"type":"and","predicates":[{"dimension":"flowTpye","value":"x"}]}]}""");
        assertTrue(message.contains("(did you mean 'flowType'?)"), message);
    }

    @Test
    void unknownNamesPassWhenAllowedButTypesAndOperatorsStayStrict() {
        QueryValidator lenient = new QueryValidator(10, 10, true);
        lenient.validateDetailFilters("filter", json("""
                {"conversationFilters":[{"type":"and","predicates":[{"type":"metric","metric":"nFuture","value":"1"}]}],
                 "segmentFilters":[{"type":"and","predicates":[{"dimension":"futureDimension","value":"x"}]}]}"""));
        assertThrows(IllegalArgumentException.class, () -> lenient.validateDetailFilters("filter", json("""
                {"segmentFilters":[{"type":"and","predicates":[{"dimension":"queueId","operator":"like","value":"x"}]}]}""")));
        assertThrows(
                IllegalArgumentException.class,
                () -> lenient.validateDetailFilters("filter", json("""
                {"segmentFilters":[{"type":"and","predicates":[{"value":"x"}]}]}""")),
                "a missing dimension stays an error");
    }
}
