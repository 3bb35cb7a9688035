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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route that hands the exchanges to {@code seda} (four concurrent consumers, so they complete out of order) moves
 * the incremental watermark only when processing completed, in order; and a crash (the context abandoned without a
 * stop while exchanges are in flight) loses nothing: a new context on the same state file delivers the rest.
 */
class SearchAsyncCommitTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private static final String KEY = "calls";
    private static TestClock clock;
    private static GenesysCloudSimulator sim;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(T0);
        sim = GenesysCloudSimulator.builder()
                .conversations(600)
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

    /** A context whose route hands every exchange to seda; {@code work} decides what processing does. */
    private static CamelContext context(FileStateRepository state, Worker work) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("state", state);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(
                                sim,
                                "search",
                                "incremental=true&orderBy=conversationEnd&interval=PT6H"
                                        + "&intervalLag=0s&stateRepository=#state&stateKey=" + KEY
                                        + "&startScheduler=false&maxMessagesPerPoll=100"))
                        .routeId("search")
                        .to("seda:work");
                from("seda:work?concurrentConsumers=4")
                        .routeId("work")
                        .process(
                                e -> work.process(e.getIn().getHeader(GenesysConstants.CONVERSATION_ID, String.class)));
            }
        });
        context.start();
        return context;
    }

    interface Worker {
        void process(String conversationId) throws Exception;
    }

    private static SearchConsumer consumer(CamelContext context) {
        SearchConsumer consumer = (SearchConsumer) context.getRoute("search").getConsumer();
        consumer.setClock(clock);
        return consumer;
    }

    private static List<String> truth() {
        return sim.data()
                .conversationIds(Criteria.startedBetween(T0.minus(Duration.ofHours(6)), T0)
                        .completedOnly())
                .collect(Collectors.toList());
    }

    @Test
    void theWatermarkMovesOnlyWhenTheHandedOverExchangesCompleted() throws Exception {
        FileStateRepository state =
                FileStateRepository.fileStateRepository(dir.resolve("state").toFile());
        CountDownLatch gate = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        CamelContext context = context(state, id -> {
            assertTrue(gate.await(60, TimeUnit.SECONDS), "the test opens the gate");
            delivered.add(id);
        });
        try {
            SearchConsumer consumer = consumer(context);
            NotifyBuilder firstPoll =
                    new NotifyBuilder(context).fromRoute("work").whenDone(100).create();
            assertEquals(100, consumer.poll());
            assertNull(
                    Watermark.parse(state.getState(KEY)).end(),
                    "100 exchanges handed to seda, none processed: the watermark has not moved");

            gate.countDown();
            assertTrue(firstPoll.matches(60, TimeUnit.SECONDS));
            Watermark afterFirst = Watermark.parse(state.getState(KEY));
            assertTrue(afterFirst.end() != null, "all 100 completed: the watermark moved");

            awaitIdle(consumer);
            assertEquals(Set.copyOf(truth()), Set.copyOf(delivered), "every conversation delivered");
            assertEquals(delivered.size(), Set.copyOf(delivered).size(), "once");
            assertEquals(T0, Watermark.parse(state.getState(KEY)).end(), "a complete run moves the watermark to now");
        } finally {
            context.stop();
        }
    }

    @Test
    void aCrashWithExchangesInFlightLosesNothing() throws Exception {
        Path file = dir.resolve("crash-state");
        FileStateRepository crashedState = FileStateRepository.fileStateRepository(file.toFile());
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        CamelContext crashed = context(crashedState, id -> {
            if (done.incrementAndGet() > 30) {
                never.await(); // the process dies with these in flight
                throw new IllegalStateException("crashed");
            }
            delivered.add(id);
        });
        int inFlight;
        try {
            SearchConsumer consumer = consumer(crashed);
            NotifyBuilder thirty = new NotifyBuilder(crashed)
                    .fromRoute("work")
                    .whenCompleted(30)
                    .create();
            consumer.poll();
            assertTrue(thirty.matches(60, TimeUnit.SECONDS));
            inFlight = 100 - 30;

            // a new application on the same state file; the crashed one is never stopped before this one ran
            FileStateRepository state = FileStateRepository.fileStateRepository(file.toFile());
            AtomicInteger duplicates = new AtomicInteger();
            CamelContext restarted = context(state, id -> {
                if (!delivered.add(id)) {
                    duplicates.incrementAndGet();
                }
            });
            try {
                awaitIdle(consumer(restarted));
            } finally {
                restarted.stop();
            }
            assertEquals(Set.copyOf(truth()), delivered, "nothing lost");
            assertTrue(
                    duplicates.get() <= inFlight + 30,
                    "only exchanges of the crashed poll not yet committed in" + " order come twice: "
                            + duplicates.get());
        } finally {
            never.countDown();
            crashed.stop();
        }
    }

    /** Polls until the consumer has no run and nothing in flight. */
    private static void awaitIdle(SearchConsumer consumer) throws Exception {
        for (int i = 0; i < 10_000 && (consumer.poll() > 0 || consumer.busy()); i++) {
            Thread.sleep(5);
        }
        assertTrue(!consumer.busy(), "the consumer became idle");
    }
}
