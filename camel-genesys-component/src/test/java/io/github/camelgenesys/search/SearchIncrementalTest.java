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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Incremental search over polls while simulated time passes: conversations ongoing at one poll end before a later
 * one and must then be emitted, once.
 */
class SearchIncrementalTest extends CamelTestSupport {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private static TestClock clock;
    private static GenesysCloudSimulator sim;

    private final MemoryStateRepository state = new MemoryStateRepository();
    private final List<String> emitted = new ArrayList<>();
    private final Set<String> failOnce = new HashSet<>();

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(T0);
        sim = GenesysCloudSimulator.builder()
                .conversations(6_000)
                .days(1)
                .rateLimitPerMinute(0)
                .clock(clock)
                .build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("state", state);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(
                                sim,
                                "search",
                                "incremental=true&orderBy=conversationEnd&interval=PT6H"
                                        + "&intervalLag=0s&stateRepository=#state&stateKey=calls"
                                        + "&startScheduler=false&maxMessagesPerPoll=500"))
                        .routeId("incremental")
                        .process(e -> {
                            String id = e.getIn().getHeader(GenesysConstants.CONVERSATION_ID, String.class);
                            if (failOnce.remove(id)) {
                                throw new IllegalStateException("downstream unavailable for " + id);
                            }
                            emitted.add(id);
                        });
            }
        };
    }

    private int pollUntilIdle(SearchConsumer consumer) throws Exception {
        int before = emitted.size();
        do {
            consumer.poll();
        } while (consumer.busy());
        return emitted.size() - before;
    }

    @Test
    void threePollsEmitEveryConversationThatEndedExactlyOnce() throws Exception {
        SearchConsumer consumer =
                (SearchConsumer) context.getRoute("incremental").getConsumer();
        consumer.setClock(clock);

        int first = pollUntilIdle(consumer);
        clock.advance(Duration.ofMinutes(10));
        int second = pollUntilIdle(consumer);
        clock.advance(Duration.ofMinutes(40));
        int third = pollUntilIdle(consumer);

        assertTrue(
                first > 0 && second > 0 && third > 0,
                "each poll found conversations that had ended since the last: " + first + ", " + second + ", " + third);
        Set<String> unique = new HashSet<>(emitted);
        assertEquals(emitted.size(), unique.size(), "no conversation emitted twice");
        Set<String> truth = sim.data()
                .conversationIds(Criteria.startedBetween(T0.minus(Duration.ofHours(6)), clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
        assertEquals(truth, unique, "every conversation that started in the first interval and has ended");
        String watermark = state.getState("calls");
        assertNotNull(watermark);
        assertEquals(clock.instant(), Watermark.parse(watermark).end(), "a complete scan moves the watermark to now");
    }

    @Test
    void aRestartedConsumerContinuesFromTheStoredWatermark() throws Exception {
        SearchConsumer consumer =
                (SearchConsumer) context.getRoute("incremental").getConsumer();
        consumer.setClock(clock);
        pollUntilIdle(consumer);
        int before = emitted.size();

        context.getRouteController().stopRoute("incremental");
        context.getRouteController().startRoute("incremental");
        SearchConsumer restarted =
                (SearchConsumer) context.getRoute("incremental").getConsumer();
        restarted.setClock(clock);
        clock.advance(Duration.ofMinutes(5));
        pollUntilIdle(restarted);

        assertEquals(emitted.size(), new HashSet<>(emitted).size(), "nothing emitted again after the restart");
        assertTrue(emitted.size() >= before);
    }

    @Test
    void aFailedExchangeIsEmittedAgainByTheNextPollAndNothingAfterItIsLost() throws Exception {
        SearchConsumer consumer =
                (SearchConsumer) context.getRoute("incremental").getConsumer();
        consumer.setClock(clock);
        Instant floor = clock.instant().minus(Duration.ofHours(6));
        List<String> truth = sim.data()
                .conversationIds(Criteria.startedBetween(floor, clock.instant()).completedOnly())
                .collect(Collectors.toList());
        assertTrue(truth.size() > 100);
        failOnce.add(truth.get(truth.size() / 2));

        for (int poll = 0; poll < 20 && (consumer.busy() || emitted.size() < truth.size()); poll++) {
            consumer.poll();
        }

        assertTrue(failOnce.isEmpty(), "the failing conversation was delivered");
        assertEquals(new HashSet<>(truth), new HashSet<>(emitted), "everything arrived, the failed one too");
        assertEquals(emitted.size(), new HashSet<>(emitted).size(), "and only once successfully");
    }
}
