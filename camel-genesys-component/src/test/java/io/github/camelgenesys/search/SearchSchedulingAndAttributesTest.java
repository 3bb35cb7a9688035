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
package io.github.camelgenesys.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quartz cron scheduling, the participant-attributes backend and option validation. */
class SearchSchedulingAndAttributesTest extends CamelTestSupport {

    private static GenesysCloudSimulator sim;
    private static Instant from;

    private final List<Exchange> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(4_000)
                .days(2)
                .rateLimitPerMinute(0)
                .build();
        sim.start();
        from = sim.data().historyStart().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @BeforeEach
    void resetStats() {
        sim.resetStats();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private void start(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(sim, "search", options))
                        .routeId("search")
                        .process(received::add);
            }
        });
        context.start();
    }

    @Test
    void quartzCronSchedulesThePolls() throws Exception {
        NotifyBuilder twoRuns = new NotifyBuilder(context).whenDone(6).create();
        start("interval=" + from + "/PT2H&maxResults=3&scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?");

        assertTrue(twoRuns.matches(20, TimeUnit.SECONDS), "received " + received.size());
        assertInstanceOf(QuartzComponent.class, context.hasComponent("quartz"), "the quartz scheduler was used");
        // every cron fire is a new run of the (absolute) interval: the same first three conversations each time
        assertEquals(
                received.get(0).getIn().getHeader(GenesysConstants.CONVERSATION_ID),
                received.get(3).getIn().getHeader(GenesysConstants.CONVERSATION_ID));
    }

    @Test
    void participantAttributesSearchFollowsTheCursorToTheLastPage() throws Exception {
        Instant to = from.plus(3, ChronoUnit.HOURS);
        long expected = sim.data().count(Criteria.startedBetween(from, to));
        assertTrue(expected > 50, "more than two pages of 25");
        String query = "[{\"type\":\"DATE_RANGE\",\"fields\":[\"startTime\"],\"startValue\":\"" + from
                + "\",\"endValue\":\"" + to + "\"}]";
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        start("searchType=participantAttributes&attributeQuery=RAW(" + query + ")&repeatCount=1");

        assertTrue(done.matches(20, TimeUnit.SECONDS), "received " + received.size() + " of " + expected);
        Set<String> ids = new HashSet<>();
        received.forEach(e -> ids.add(e.getIn().getHeader(GenesysConstants.CONVERSATION_ID, String.class)));
        assertEquals(expected, received.size());
        assertEquals(expected, ids.size());
        Exchange last = received.get(received.size() - 1);
        ConversationAttributes body =
                assertInstanceOf(ConversationAttributes.class, last.getIn().getBody());
        assertEquals(last.getIn().getHeader(GenesysConstants.CONVERSATION_ID), body.conversationId());
        assertEquals("participantAttributes", last.getIn().getHeader(GenesysConstants.SEARCH_TYPE));
        long pages = (expected + 24) / 25;
        assertEquals(
                pages,
                last.getIn()
                        .getHeader(GenesysConstants.PAGE_NUMBER, Integer.class)
                        .longValue());
        assertEquals(pages, sim.stats().requestCount("POST " + AttributeSearchPages.PATH));
    }

    @Test
    void attributeSearchAsksForConversationIdEvenWhenReturnFieldsLeaveItOut() throws Exception {
        Instant to = from.plus(2, ChronoUnit.HOURS);
        long expected = sim.data().count(Criteria.startedBetween(from, to));
        String body = "{\"query\":[{\"type\":\"DATE_RANGE\",\"fields\":[\"startTime\"],\"startValue\":\"" + from
                + "\",\"endValue\":\"" + to
                + "\"}],\"returnFields\":[\"startTime\",\"participants.attributes.segment\"]}";
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        start("searchType=participantAttributes&attributeQuery=RAW(" + body + ")&repeatCount=1");

        assertTrue(
                done.matches(20, TimeUnit.SECONDS),
                "received " + received.size() + " of " + expected
                        + " (records without conversationId must not vanish)");
        Set<String> ids = new HashSet<>();
        received.forEach(e -> ids.add(e.getIn().getHeader(GenesysConstants.CONVERSATION_ID, String.class)));
        assertEquals(expected, ids.size());
        ConversationAttributes first = assertInstanceOf(
                ConversationAttributes.class, received.get(0).getIn().getBody());
        assertTrue(first.conversationId() != null && first.startTime() != null, "asked and given: " + first);
    }

    @Test
    void rawPayloadEmitsTheJsonText() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenDone(2).create();
        start("interval=" + from + "/PT1H&maxResults=2&rawPayload=true&repeatCount=1");
        assertTrue(done.matches(20, TimeUnit.SECONDS));
        String body = received.get(0).getIn().getBody(String.class);
        assertTrue(
                body.startsWith("{")
                        && body.contains("\"conversationId\":\""
                                + received.get(0).getIn().getHeader(GenesysConstants.CONVERSATION_ID) + "\""),
                body);
    }

    @Test
    void invalidOptionsFailAtStartupNamingTheOption() {
        assertStartupError("interval=P1D&orderBy=agent", "orderBy");
        assertStartupError("", "interval is required");
        assertStartupError("interval=yesterday", "Invalid interval 'yesterday'");
        assertStartupError("interval=2099-01-01T00:00:00Z/P1D", "starts in the future");
        assertStartupError("incremental=true&orderBy=conversationEnd&interval=P40D", "allowed: shorter than 31 days");
        assertStartupError("interval=P1D&pageSize=500", "pageSize must be 0 (default 100) or 1..100");
        assertStartupError("incremental=true", "incremental=true needs orderBy=conversationEnd");
        assertStartupError("searchType=participantAttributes", "attributeQuery is required");
        assertStartupError(
                "searchType=participantAttributes&interval=P1D&attributeQuery=RAW([{})",
                "interval is not used by searchType=participantAttributes");
        assertStartupError("searchType=everything&interval=P1D", "searchType: unknown value 'everything'");
        assertStartupError("interval=P1D&direction=sideways", "direction: unknown value 'sideways'");
        assertStartupError(
                "interval=P1D&filter=RAW({\"segmentFilters\":[{\"type\":\"and\",\"predicates\":"
                        + "[{\"dimension\":\"colour\",\"value\":\"x\"}]}]})",
                "dimension: unknown value 'colour'");
    }

    private void assertStartupError(String options, String message) {
        Exception e = assertThrows(Exception.class, () -> {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(SimulatorUris.uri(sim, "search", options))
                            .routeId("bad")
                            .to("mock:never");
                }
            });
            context.start();
        });
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains(message), "expected '" + message + "' in: " + cause.getMessage());
        try {
            context.removeRoute("bad");
        } catch (Exception ignored) {
            // the route may not exist when creating it failed
        }
    }
}
