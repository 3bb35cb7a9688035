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
package io.github.camelgenesys.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Predicate(String dimension, String value, String propertyType) {}

    record Filter(String type, List<Filter> clauses, List<Predicate> predicates) {}

    @Test
    void responseBytesLeaveOutNullFieldsAndNullArrayElementsAtAnyDepth() {
        ObjectNode body = Json.object();
        body.put("id", "j1").putNull("errorMessage");
        body.set(
                "filter",
                Json.MAPPER.valueToTree(new Filter("and", null, List.of(new Predicate("mediaType", "voice", null)))));
        body.putArray("entities").addNull().addObject().put("n", 0).putNull("gone");

        assertEquals(
                "{\"id\":\"j1\",\"filter\":{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\","
                        + "\"value\":\"voice\"}]},\"entities\":[{\"n\":0}]}",
                new String(Json.bytes(body), StandardCharsets.UTF_8));
    }
}
