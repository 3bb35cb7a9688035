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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** mode=aggregates and mode=query against the simulator: the aggregates agree with the details of the interval. */
class AnalyticsAggregatesAndQueryTest {

    private static GenesysCloudSimulator sim;
    private static String interval;
    private static Instant from;
    private static Instant to;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(1_500)
                .days(2)
                .rateLimitPerMinute(0)
                .build();
        sim.start();
        from = sim.data().historyStart();
        to = from.plus(Duration.ofHours(20));
        interval = from + "/" + to;
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    private static String uri(String extra) {
        String base = sim.baseUrl();
        return "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0&initialDelay=0&delay=600000"
                + "&interval=" + interval + extra;
    }

    private static <T> List<T> collect(String uri, Class<T> type, int expectedMessages) throws Exception {
        List<T> bodies = new CopyOnWriteArrayList<>();
        List<String> correlation = new CopyOnWriteArrayList<>();
        CamelContext ctx = new DefaultCamelContext();
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> {
                    bodies.add(e.getMessage().getBody(type));
                    correlation.add(e.getMessage().getHeader(GenesysConstants.CORRELATION_ID, String.class));
                });
            }
        });
        ctx.start();
        try {
            Delivered.await(() -> bodies.size() >= expectedMessages, 30_000);
            Thread.sleep(200);
        } finally {
            ctx.stop();
        }
        assertFalse(correlation.isEmpty());
        return bodies;
    }

    @Test
    void aggregateSumsMatchTheDetailsOfTheSameInterval() throws Exception {
        long conversations = sim.data().count(Criteria.startedBetween(from, to).completedOnly());
        List<AnalyticsConversation> details =
                collect(uri("&mode=query&pageSize=100"), AnalyticsConversation.class, (int) conversations);
        assertEquals(conversations, details.size());
        assertEquals(
                conversations,
                details.stream()
                        .map(AnalyticsConversation::conversationId)
                        .distinct()
                        .count());
        assertTrue(
                details.stream()
                        .allMatch(c -> !c.conversationStart().isBefore(from)
                                && c.conversationStart().isBefore(to)),
                "cut to the exact interval");

        List<AggregateResult> groups = collect(
                uri("&mode=aggregates&metrics=nOffered,tTalk,tHandle" + "&groupBy=mediaType&granularity=PT6H"),
                AggregateResult.class,
                1);
        Thread.sleep(100);
        assertTrue(groups.size() > 1, "one exchange per mediaType group");

        assertEquals(
                detailSum(details, "nOffered"),
                groups.stream().mapToLong(g -> g.count("nOffered")).sum());
        assertEquals(detailSum(details, "tTalk"), (long)
                groups.stream().mapToDouble(g -> g.sum("tTalk")).sum());
        assertEquals(detailSum(details, "tHandle"), (long)
                groups.stream().mapToDouble(g -> g.sum("tHandle")).sum());
        AggregateResult any = groups.get(0);
        assertNotNull(any.average("tTalk"));
        assertEquals(0L, any.count("tAbandonMissing"), "absent metrics read as zero");
    }

    @Test
    void aggregateOutputResponseSendsTheWholeResponseOnce() throws Exception {
        List<AggregateResponse> responses = collect(
                uri("&mode=aggregates&metrics=nOffered&aggregateOutput=response" + "&mediaType=voice"),
                AggregateResponse.class,
                1);
        assertEquals(1, responses.size());
        List<AggregateResult> results = responses.get(0).resultsOrEmpty();
        assertEquals(1, results.size(), "no groupBy: one group");
        long voice = sim.data().count(Criteria.startedBetween(from, to).mediaType("voice"));
        assertEquals(voice, results.get(0).count("nOffered"), "the mediaType option filters the aggregates");
    }

    private static long detailSum(List<AnalyticsConversation> conversations, String metric) {
        long sum = 0;
        for (AnalyticsConversation c : conversations) {
            for (AnalyticsConversation.Participant participant : c.participants()) {
                for (AnalyticsConversation.Session session : participant.sessions()) {
                    for (AnalyticsConversation.Metric m : session.metrics()) {
                        if (metric.equals(m.name())) {
                            sum += m.value();
                        }
                    }
                }
            }
        }
        return sum;
    }

    @Test
    void maxMessagesPerPollLimitsWhatAQueryPollDelivers() throws Exception {
        List<AnalyticsConversation> bodies =
                collect(uri("&mode=query&maxMessagesPerPoll=7"), AnalyticsConversation.class, 7);
        assertEquals(7, bodies.size(), "one poll (delay 10 minutes) delivers maxMessagesPerPoll conversations");
    }
}
