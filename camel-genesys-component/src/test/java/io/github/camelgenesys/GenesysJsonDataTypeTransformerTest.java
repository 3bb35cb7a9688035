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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** {@code transformDataType: genesys:application-json}, resolved by name from the component jar as routes use it. */
class GenesysJsonDataTypeTransformerTest extends CamelTestSupport {

    record Sample(String conversationId, Instant conversationStart, Instant conversationEnd, List<String> queueIds) {}

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:json").transformDataType(null, "genesys:application-json");
            }
        };
    }

    @Test
    void recordsBecomeJsonWithIsoTimestampsAndNoNullFields() {
        Exchange out = template.request(
                "direct:json",
                e -> e.getMessage()
                        .setBody(new Sample("c-1", Instant.parse("2026-11-01T10:15:30Z"), null, List.of("q-1"))));

        assertEquals(
                "{\"conversationId\":\"c-1\",\"conversationStart\":\"2026-11-01T10:15:30Z\",\"queueIds\":[\"q-1\"]}",
                out.getMessage().getBody(String.class));
        assertEquals("application/json", out.getMessage().getHeader(Exchange.CONTENT_TYPE));
    }

    @Test
    void textIsPassedThroughUnchanged() {
        assertEquals(
                "{\"already\":\"json\"}", template.requestBody("direct:json", "{\"already\":\"json\"}", String.class));
    }
}
