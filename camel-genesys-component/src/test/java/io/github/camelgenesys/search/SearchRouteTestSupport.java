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

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;

/**
 * A search route that keeps no exchange: it counts them, remembers their ids (to count duplicates) and the largest
 * totalHits seen.
 */
abstract class SearchRouteTestSupport extends CamelTestSupport {

    static final String DETAILS = "POST " + DetailsQueryPager.PATH;

    final Set<String> ids = new HashSet<>();
    final AtomicInteger exchanges = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicLong maxTotalHits = new AtomicLong();

    abstract GenesysCloudSimulator sim();

    @BeforeEach
    void resetSimulator() {
        sim().resetStats();
        sim().faults().clear();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    /** Starts the route "search"; {@code extra} runs after the counting for each exchange. */
    void startRoute(String options, Processor extra) throws Exception {
        startRoute("search", options, extra);
    }

    /** Starts a counting route from {@code genesys:<operation>}, with the operation as its route id. */
    void startRoute(String operation, String options, Processor extra) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(sim(), operation, options))
                        .routeId(operation)
                        .process(e -> {
                            exchanges.incrementAndGet();
                            Long total = e.getIn().getHeader(GenesysConstants.TOTAL_HITS, Long.class);
                            maxTotalHits.accumulateAndGet(total == null ? 0 : total, Math::max);
                            if (!ids.add(e.getIn().getHeader(GenesysConstants.CONVERSATION_ID, String.class))) {
                                duplicates.incrementAndGet();
                            }
                            if (extra != null) {
                                extra.process(e);
                            }
                        });
            }
        });
        context.start();
    }

    /** Waits until the consumer has no poll running and no unfinished run (it may still page past the interval). */
    void awaitIdle() throws InterruptedException {
        SearchConsumer consumer = (SearchConsumer) context.getRoute("search").getConsumer();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (consumer.busy() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Polls needed for one run of {@code n} records with this maxMessagesPerPoll (the run ends with the last one). */
    static long pollsFor(long n, int perPoll, int pageSize) {
        long polls = (n + perPoll - 1) / perPoll;
        // a run whose last page is full needs one more (empty) page, in a poll of its own if the last poll was full
        return n % perPoll == 0 && n % pageSize == 0 ? polls + 1 : polls;
    }
}
