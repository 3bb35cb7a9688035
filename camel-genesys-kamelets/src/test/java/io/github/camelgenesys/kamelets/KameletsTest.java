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
package io.github.camelgenesys.kamelets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each Kamelet of src/main/resources/kamelets, loaded by camel-kamelet from the classpath and run against the simulator. */
class KameletsTest extends CamelTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static GenesysCloudSimulator sim;
    private static String connection;
    private static String searchInterval;
    private static Instant searchFrom;
    private static Instant searchTo;
    private static Instant analyticsStart;
    private static String liveConversation;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(300)
                .days(10)
                .seed(7L)
                .queues(4)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(50))
                .liveRatePerMinute(0)
                .build();
        String url = sim.start();
        connection = "apiUrl=" + url + "&loginUrl=" + url + "&clientId=RAW(" + sim.clientId() + ")&clientSecret=RAW("
                + sim.clientSecret() + ")";
        searchTo = seconds(Instant.now().minus(Duration.ofDays(1)));
        searchFrom = searchTo.minus(Duration.ofDays(2));
        searchInterval = interval(searchFrom, searchTo);
        analyticsStart = seconds(Instant.now().minus(Duration.ofHours(30)));
        liveConversation = sim.live().startConversation(sim.data().queueIds().get(1), "chat");
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:genesys-search-source?" + connection + "&interval=RAW(" + searchInterval
                                + ")&mediaType=voice&delay=600000")
                        .routeId("search")
                        .to("mock:search");
                from("kamelet:genesys-analytics-source?" + connection + "&startDate=" + analyticsStart
                                + "&jobPollInterval=100ms&delay=600000")
                        .routeId("analytics")
                        .to("mock:analytics");
                from("kamelet:genesys-live-source?" + connection + "&delay=200")
                        .routeId("live")
                        .to("mock:live");
                from("direct:archive").to("kamelet:genesys-archive-sink?" + connection + "&jobPollInterval=100ms");
                from("direct:messaging")
                        .to("kamelet:genesys-messaging-action?" + connection + "&retentionDays=0")
                        .to("mock:messaging");
            }
        };
    }

    private static Set<String> ids(Criteria criteria) {
        return Set.copyOf(sim.data().conversationIds(criteria).toList());
    }

    private static Set<String> conversationIds(MockEndpoint mock) throws Exception {
        Set<String> ids = new HashSet<>();
        for (Exchange e : mock.getExchanges()) {
            JsonNode body = JSON.readTree(e.getMessage().getBody(String.class));
            assertTrue(ids.add(body.path("conversationId").asText()), "each conversation once");
        }
        return ids;
    }

    @Test
    void searchSourceEmitsEveryMatchingConversationAsJson() throws Exception {
        Set<String> expected = ids(
                Criteria.startedBetween(searchFrom, searchTo).mediaType("voice").completedOnly());
        MockEndpoint mock = getMockEndpoint("mock:search");
        mock.expectedMessageCount(expected.size());
        mock.assertIsSatisfied(WAIT.toMillis());

        assertEquals(expected, conversationIds(mock));
    }

    @Test
    void analyticsSourceExportsTheAvailableConversationsOnce() throws Exception {
        // the export stops at the data-availability date (simulator: now - 10m) minus the 5m safety lag
        Set<String> atLeast =
                ids(Criteria.startedBetween(analyticsStart, Instant.now().minus(Duration.ofMinutes(16)))
                        .completedOnly());
        MockEndpoint mock = getMockEndpoint("mock:analytics");
        await("the analytics export", WAIT, () -> mock.getReceivedCounter() >= atLeast.size());
        Thread.sleep(300);

        Set<String> received = conversationIds(mock);
        assertTrue(received.containsAll(atLeast), "every available conversation");
        assertTrue(
                ids(Criteria.startedBetween(analyticsStart, Instant.now())).containsAll(received),
                "only conversations of the exported period");
    }

    @Test
    void liveSourceReportsAStartedConversation() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:live");
        await(
                "the live event",
                WAIT,
                () -> mock.getExchanges().stream()
                        .anyMatch(
                                e -> liveConversation.equals(e.getMessage().getHeader("CamelGenesysConversationId"))));

        Exchange event = mock.getExchanges().stream()
                .filter(e -> liveConversation.equals(e.getMessage().getHeader("CamelGenesysConversationId")))
                .findFirst()
                .orElseThrow();
        assertEquals("STARTED", event.getMessage().getHeader("CamelGenesysLiveEvent", String.class));
        assertTrue(event.getMessage().getBody(String.class).contains(liveConversation), "the conversation as JSON");
    }

    @Test
    void archiveSinkArchivesTheRecordingsOfTheConversationsInTheBody() throws Exception {
        Instant to = Instant.now().minus(Duration.ofDays(5));
        List<String> ids = sim.data()
                .conversationIds(Criteria.startedBetween(to.minus(Duration.ofDays(1)), to)
                        .mediaType("voice")
                        .completedOnly())
                .toList();
        long recordings =
                ids.stream().mapToLong(id -> sim.data().recordingIds(id).size()).sum();
        assertTrue(recordings > 0, "the data set has recordings to archive");
        long before = sim.stats().recordingsArchived();

        template.sendBody("direct:archive", String.join(",", ids));

        assertEquals(before + recordings, sim.stats().recordingsArchived());
        assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce());
    }

    @Test
    void messagingActionReplacesTheIdWithTheConversationsMessagesAsJson() throws Exception {
        String id = sim.data()
                .conversationIds(Criteria.startedBetween(searchFrom, searchTo)
                        .mediaType("message")
                        .completedOnly())
                .findFirst()
                .orElseThrow();
        MockEndpoint mock = getMockEndpoint("mock:messaging");
        mock.expectedMessageCount(1);

        template.sendBody("direct:messaging", id);

        mock.assertIsSatisfied(WAIT.toMillis());
        Exchange result = mock.getExchanges().get(0);
        JsonNode timeline = JSON.readTree(result.getMessage().getBody(String.class));
        assertEquals(id, timeline.path("conversationId").asText());
        int count = result.getMessage().getHeader("CamelGenesysMessageCount", Integer.class);
        assertTrue(count > 0, "messages synced");
        assertEquals(count, timeline.path("messages").size());
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String interval(Instant from, Instant to) {
        return seconds(from) + "/" + seconds(to);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
