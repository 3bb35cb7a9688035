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
package io.github.camelgenesys.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** mode=details with rawPayload=true: each exchange carries the conversation's JSON text, read in the page's one pass. */
class DetailsJobRawPayloadTest {

    private final ShiftableClock clock = new ShiftableClock();
    private GenesysCloudSimulator sim;
    private CamelContext context;

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    @Test
    void rawPayloadDeliversEachConversationAsItsJsonTextWithItsIdAndCursorHeaders() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(600)
                .days(2)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(20))
                .clock(clock)
                .build();
        String base = sim.start();
        clock.shift(Duration.ofHours(2));
        Instant startDate = sim.data().historyStart().minus(Duration.ofHours(1));
        String uri = "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&startDate=" + startDate
                + "&jobPollInterval=PT0.02S&delay=50&initialDelay=0&rateLimitPerMinute=0&windowSize=1d&pageSize=200"
                + "&rawPayload=true";
        Map<String, String> bodies = new ConcurrentHashMap<>();
        Set<String> cursors = ConcurrentHashMap.newKeySet();
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> {
                    bodies.put(
                            e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class),
                            e.getMessage().getBody(String.class));
                    cursors.add(e.getMessage().getHeader(GenesysConstants.CURSOR, String.class));
                });
            }
        });
        context.start();
        Set<String> expected = sim.data()
                .conversationIds(Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
        Delivered.await(() -> bodies.size() >= expected.size(), 60_000);

        assertEquals(expected, bodies.keySet());
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            AnalyticsConversation c = GenesysJson.mapper().readValue(e.getValue(), AnalyticsConversation.class);
            assertEquals(e.getKey(), c.conversationId());
        }
        assertEquals(expected.size(), cursors.size(), "one checkpoint per delivered conversation");
        assertEquals(
                List.of(), cursors.stream().filter(t -> !t.startsWith("v1|")).toList());
    }
}
