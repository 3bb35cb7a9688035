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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * mode=details with a route that hands each exchange to {@code seda}: the checkpoint after a conversation is saved
 * only once the seda consumer completed it, not when the hand-off returned; and a stop with an exchange held in seda
 * loses nothing: a new context on the same state repository delivers every conversation not completed before.
 */
class AnalyticsAsyncCommitTest {

    private GenesysCloudSimulator sim;
    private ShiftableClock clock;
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

    /** A simulator of 200 conversations in one day, its clock 2 hours past them; returns the first startDate. */
    private Instant startSimulator() {
        clock = new ShiftableClock();
        sim = GenesysCloudSimulator.builder()
                .conversations(200)
                .days(1)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(40))
                .clock(clock)
                .build();
        sim.start();
        clock.shift(Duration.ofHours(2));
        return sim.data().historyStart().minus(Duration.ofHours(1));
    }

    private Set<String> truth() {
        return sim.data()
                .conversationIds(Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
    }

    @Test
    void theCheckpointWaitsForTheHandedOverExchangeToComplete() throws Exception {
        Instant startDate = startSimulator();
        MemoryStateRepository state = new MemoryStateRepository();
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        Delivered delivered = new Delivered();

        context = extraction(state, startDate, exchange -> {
            arrived.countDown();
            assertTrue(gate.await(60, TimeUnit.SECONDS), "the test opens the gate");
            delivered.process(exchange);
        });

        assertTrue(arrived.await(60, TimeUnit.SECONDS), "the first conversation reached the seda consumer");
        Checkpoint held = Checkpoint.decode("extract", state.getState("extract"));
        assertNull(held.lastStart(), "handed over but not processed: the checkpoint is still at the window start");
        assertTrue(held.idsAtLastStart().isEmpty());

        gate.countDown();
        long expected = truth().size();
        Delivered.await(() -> delivered.ids.size() >= expected, 60_000);
        assertEquals(expected, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
    }

    private static final int COMPLETED_BEFORE_STOP = 30;

    /** A context whose route hands every conversation to seda, where {@code work} processes it. */
    private CamelContext extraction(MemoryStateRepository state, Instant startDate, Processor work) throws Exception {
        CamelContext created = new DefaultCamelContext();
        created.getShutdownStrategy().setTimeout(2);
        created.getRegistry().bind("checkpoints", state);
        created.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("genesys:analytics?apiUrl=" + sim.baseUrl() + "&loginUrl=" + sim.baseUrl() + "&clientId="
                                + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")&startDate="
                                + startDate
                                + "&jobPollInterval=PT0.02S&delay=50&initialDelay=0&rateLimitPerMinute=0&windowSize=2d"
                                + "&stateRepository=#checkpoints&stateKey=extract")
                        .routeId("extract")
                        .to("seda:slow");
                from("seda:slow").routeId("slow").process(work);
            }
        });
        created.start();
        return created;
    }

    @Test
    void aStopWithAnExchangeHeldInSedaLosesNothing() throws Exception {
        Instant startDate = startSimulator();
        Set<String> truth = truth();
        MemoryStateRepository state = new MemoryStateRepository();
        Set<String> completed = ConcurrentHashMap.newKeySet();
        AtomicInteger arrivals = new AtomicInteger();
        AtomicReference<Exchange> heldExchange = new AtomicReference<>();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);

        CamelContext first = extraction(state, startDate, exchange -> {
            if (arrivals.incrementAndGet() > COMPLETED_BEFORE_STOP) {
                // the seda consumer holds this one until the context stopped: it never completes
                heldExchange.compareAndSet(null, exchange);
                held.countDown();
                released.await();
                throw new IllegalStateException("stopped before completion");
            }
            completed.add(exchange.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class));
        });
        context = first;
        try {
            assertTrue(held.await(60, TimeUnit.SECONDS), "the 31st conversation reached the seda consumer");
            Exchange inFlight = heldExchange.get();
            String heldId = inFlight.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class);
            Checkpoint heldPosition = Checkpoint.decode(
                    "extract", inFlight.getMessage().getHeader(GenesysConstants.CURSOR, String.class));
            Checkpoint saved = Checkpoint.decode("extract", state.getState("extract"));
            assertFalse(
                    saved.delivered(heldPosition.lastStart(), heldId),
                    "the checkpoint is not past the conversation still held in seda: " + saved);
            first.stop();
        } finally {
            released.countDown();
        }
        assertEquals(COMPLETED_BEFORE_STOP, completed.size(), "completed before the stop");

        // a new application on the same state repository
        AtomicInteger again = new AtomicInteger();
        context = extraction(state, startDate, exchange -> {
            if (!completed.add(exchange.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class))) {
                again.incrementAndGet();
            }
        });
        Delivered.await(() -> completed.containsAll(truth), 60_000);
        assertEquals(truth, completed, "every conversation completed, none lost by the stop");
        assertEquals(0, again.get(), "what completed before the stop was committed: none comes twice");
    }
}
