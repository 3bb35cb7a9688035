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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.handlers.DetailsJobsHandler.JobEvent;
import io.github.camelgenesys.simulator.handlers.DetailsJobsHandler.JobEvent.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mode=details with maxConcurrentDetailsJobs above 1: the jobs of later windows run while earlier windows are
 * delivered (the simulator's job journal shows it), yet the route receives the same conversations in the same order
 * with the same checkpoints as one job at a time; the API's concurrency limit is never met; a stop cancels the jobs
 * ahead and a restart delivers the rest exactly once.
 */
class OverlappedDetailsJobsTest {

    @TempDir
    Path tmp;

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

    private void start(int conversations, int days, int simulatorLimit) {
        sim = GenesysCloudSimulator.builder()
                .conversations(conversations)
                .days(days)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(300))
                .maxConcurrentDetailsJobs(simulatorLimit)
                .clock(clock)
                .build();
        sim.start();
        clock.shift(Duration.ofHours(2));
    }

    private String uri(int maxConcurrentDetailsJobs, String extra) {
        String base = sim.baseUrl();
        Instant startDate = sim.data().historyStart().minus(Duration.ofHours(1));
        return "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&startDate=" + startDate
                + "&windowSize=1d&jobPollInterval=PT0.02S&delay=50&initialDelay=0&rateLimitPerMinute=0"
                + "&maxConcurrentDetailsJobs=" + maxConcurrentDetailsJobs + extra;
    }

    private CamelContext run(String uri, Processor processor, StateRepository<String, String> state) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        ctx.getShutdownStrategy().setTimeout(20);
        ctx.getRegistry().bind("checkpoints", state);
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("extract").process(processor);
            }
        });
        ctx.start();
        return ctx;
    }

    private long completed() {
        return sim.data()
                .count(Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                        .completedOnly());
    }

    /**
     * Every exchange in order: its conversation id and the checkpoint saved after it. The checkpoint's window end is
     * left out: the last window ends at the watermark, which moves with the clock between two runs.
     */
    private static final class Recorded implements Processor {
        final List<String> deliveries = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void process(Exchange exchange) {
            String[] checkpoint = exchange.getMessage()
                    .getHeader(GenesysConstants.CURSOR, String.class)
                    .split("\\|", -1);
            checkpoint[2] = "";
            deliveries.add(exchange.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class) + " "
                    + String.join("|", checkpoint));
        }
    }

    private List<String> extract(int maxConcurrentDetailsJobs, long expected) throws Exception {
        Recorded recorded = new Recorded();
        context = run(
                uri(maxConcurrentDetailsJobs, "&stateRepository=#checkpoints"), recorded, new MemoryStateRepository());
        Delivered.await(() -> recorded.deliveries.size() >= expected, 60_000);
        context.stop();
        context = null;
        return new ArrayList<>(recorded.deliveries);
    }

    /** Each job's window (its interval) numbered in order of first submission. */
    private static Map<String, Integer> windowsInOrder(List<JobEvent> events) {
        Map<String, Integer> order = new LinkedHashMap<>();
        events.stream()
                .filter(e -> e.type() == Type.SUBMITTED)
                .forEach(e -> order.putIfAbsent(e.interval(), order.size()));
        return order;
    }

    /** Whether a later window's job was submitted before an earlier window's results were read to the end. */
    private static boolean overlapped(List<JobEvent> events) {
        Map<String, Integer> window = windowsInOrder(events);
        Set<Integer> fullyRead = new HashSet<>();
        for (JobEvent e : events) {
            if (e.type() == Type.LAST_PAGE) {
                fullyRead.add(window.get(e.interval()));
            } else if (e.type() == Type.SUBMITTED) {
                int w = window.get(e.interval());
                for (int earlier = 0; earlier < w; earlier++) {
                    if (!fullyRead.contains(earlier)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void laterWindowsRunAheadWhileDeliveryOrderAndCheckpointsStayThoseOfOneJobAtATime() throws Exception {
        start(3_000, 6, 3);
        long expected = completed();

        List<String> oneAtATime = extract(1, expected);
        List<JobEvent> sequential = sim.detailsJobJournal();
        List<String> overlappedRun = extract(3, expected);
        List<JobEvent> all = sim.detailsJobJournal();
        List<JobEvent> overlapping = all.subList(sequential.size(), all.size());

        assertEquals(expected, oneAtATime.size());
        assertEquals(oneAtATime, overlappedRun, "same conversations, same order, same checkpoint after each");
        assertTrue(windowsInOrder(overlapping).size() >= 7, "a job per daily window: " + windowsInOrder(overlapping));
        assertFalse(overlapped(sequential), "maxConcurrentDetailsJobs=1: each window waits for the one before");
        assertTrue(overlapped(overlapping), "maxConcurrentDetailsJobs=3: later windows' jobs were submitted early");
        assertTrue(all.stream().noneMatch(e -> e.type() == Type.REFUSED), "the API's limit was never met");
        assertTrue(sim.peakConcurrentDetailsJobs() <= 3);
    }

    @Test
    void theOrgsLimitCapsTheOptionSoNoSubmissionIsRefused() throws Exception {
        start(2_000, 6, 2);
        long expected = completed();

        List<String> delivered = extract(6, expected);

        assertEquals(expected, delivered.size());
        assertEquals(expected, new HashSet<>(delivered).size());
        List<JobEvent> journal = sim.detailsJobJournal();
        assertTrue(overlapped(journal), "two jobs at once still overlap");
        // jobs submitted without a bound would meet the limit of 2: the simulator refuses them (429)
        assertTrue(journal.stream().noneMatch(e -> e.type() == Type.REFUSED), journal.toString());
        assertEquals(0, sim.stats().rateLimited429());
    }

    @Test
    void aStopCancelsTheJobsAheadAndARestartDeliversEveryConversationOnce() throws Exception {
        start(3_000, 6, 3);
        long expected = completed();
        Path file = tmp.resolve("checkpoints.dat");
        String uri = uri(3, "&stateRepository=#checkpoints&stateKey=extract");

        Delivered first = new Delivered();
        // the stop lands inside the first window, while the next windows' jobs are open
        CamelContext ctx1 =
                run(uri, first.slowingDownAfter(150, 20), FileStateRepository.fileStateRepository(file.toFile()));
        Delivered.await(() -> first.ids.size() >= 200, 60_000);
        List<JobEvent> beforeStop = sim.detailsJobJournal();
        ctx1.stop();
        List<JobEvent> journal = sim.detailsJobJournal();
        String firstWindow = journal.get(0).interval();

        assertTrue(first.deliveries.get() < expected, "stopped mid-run: " + first.deliveries.get());
        assertTrue(
                beforeStop.stream()
                        .anyMatch(
                                e -> e.type() == Type.SUBMITTED && !e.interval().equals(firstWindow)),
                "later windows' jobs were open at the stop: " + beforeStop);
        List<String> cancelledAhead = journal.subList(beforeStop.size(), journal.size()).stream()
                .filter(e -> e.type() == Type.CANCELLED && !e.interval().equals(firstWindow))
                .map(JobEvent::interval)
                .toList();
        assertFalse(cancelledAhead.isEmpty(), "the stop cancelled (DELETE) the jobs ahead: " + journal);

        Delivered second = new Delivered();
        context = run(uri, second, FileStateRepository.fileStateRepository(file.toFile()));
        Delivered.await(() -> first.ids.size() + second.ids.size() >= expected, 60_000);

        Set<String> union = new HashSet<>(first.ids);
        union.addAll(second.ids);
        assertEquals(expected, union.size(), "the union of both runs is the full set");
        assertEquals(expected, first.deliveries.get() + second.deliveries.get(), "each conversation once");
        assertTrue(sim.detailsJobJournal().stream().noneMatch(e -> e.type() == Type.REFUSED));
    }

    @Test
    void aSubmissionRefusedWith429ForTooManyJobsWaitsAndIsSubmittedAgainNotAFailure() throws Exception {
        start(2_000, 6, 2);
        // the org's limits cannot be read: maxConcurrentDetailsJobs=3 stays and the third job meets the limit of 2
        sim.faults()
                .next(1)
                .on("GET", "/api/v2/organizations/limits/namespaces/analytics")
                .status(503);
        long expected = completed();

        // maxRetries=0: the 429 reaches the consumer at once instead of the client's retries
        Recorded recorded = new Recorded();
        context = run(uri(3, "&maxRetries=0&stateRepository=#checkpoints"), recorded, new MemoryStateRepository());
        Delivered.await(() -> recorded.deliveries.size() >= expected, 60_000);

        assertEquals(expected, recorded.deliveries.size());
        assertEquals(expected, new HashSet<>(recorded.deliveries).size());
        List<JobEvent> journal = sim.detailsJobJournal();
        assertTrue(journal.stream().anyMatch(e -> e.type() == Type.REFUSED), "the limit was met: " + journal);
        Map<String, Long> submissions = new LinkedHashMap<>();
        journal.stream()
                .filter(e -> e.type() == Type.SUBMITTED)
                .forEach(e -> submissions.merge(e.interval(), 1L, Long::sum));
        assertTrue(
                submissions.values().stream().allMatch(n -> n == 1),
                "each window's job submitted once: no poll failed and started its window again: " + submissions);
        assertTrue(sim.peakConcurrentDetailsJobs() <= 2);
    }
}
