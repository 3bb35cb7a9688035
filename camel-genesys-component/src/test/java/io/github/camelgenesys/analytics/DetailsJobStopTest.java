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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysComponent;
import io.github.camelgenesys.client.FakeTime;
import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A details job (mode=details) is stoppable work: a route stop during the job's status wait returns at once, even with
 * a long jobPollInterval, cancels the job and leaves the checkpoint as it was; the job's deadline and poll delays
 * follow the client's time source. The simulator's jobs stay running (jobDelay 10 min on a clock that does not move).
 */
class DetailsJobStopTest {

    private static final String SUBMIT = "POST /api/v2/analytics/conversations/details/jobs";
    private static final String CANCEL = "DELETE /api/v2/analytics/conversations/details/jobs/{jobId}";

    @TempDir
    Path tmp;

    private final ShiftableClock clock = new ShiftableClock();
    private final Delivered delivered = new Delivered();
    private GenesysCloudSimulator sim;
    private CamelContext context;
    private GenesysClientFactory factory;

    @BeforeEach
    void simulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(100)
                .days(1)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMinutes(10))
                .clock(clock)
                .build();
        sim.start();
        // the day of data is behind the availability watermark
        clock.shift(Duration.ofHours(2));
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (factory != null) {
            factory.close();
        }
        sim.stop();
    }

    private void start(String options, FileStateRepository checkpoints) throws Exception {
        String base = sim.baseUrl();
        Instant startDate = sim.data().historyStart().minus(Duration.ofHours(1));
        String uri = "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&startDate=" + startDate + "&windowSize=1d"
                + "&initialDelay=0&rateLimitPerMinute=0&stateRepository=#checkpoints&stateKey=stop" + options;
        context = new DefaultCamelContext();
        // far longer than the test: a stop that waited for the job would show
        context.getShutdownStrategy().setTimeout(120);
        context.getRegistry().bind("checkpoints", checkpoints);
        if (factory != null) {
            context.getComponent("genesys", GenesysComponent.class).setClientFactory(factory);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("extract").process(delivered);
            }
        });
        context.start();
    }

    private FileStateRepository checkpoints() {
        return FileStateRepository.fileStateRepository(
                tmp.resolve("checkpoints.dat").toFile());
    }

    @Test
    void aRouteStopDuringADetailsJobReturnsWithinFiveSecondsCancelsTheJobAndKeepsTheCheckpoint() throws Exception {
        FileStateRepository checkpoints = checkpoints();
        // a status poll interval far longer than the stop may take: the stop must end the wait, not outlast it
        start("&jobPollInterval=PT1M&delay=50", checkpoints);
        Delivered.await(() -> sim.stats().requestCount(SUBMIT) > 0, 30_000);
        String checkpointDuringTheJob = checkpoints.getState("stop");

        long stopStarted = System.nanoTime();
        context.getRouteController().stopRoute("extract");
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStarted);

        assertTrue(stopMillis < 5000, "the route stop took " + stopMillis + " ms");
        // the window's job and the next window's, submitted ahead (maxConcurrentDetailsJobs=2)
        long submitted = sim.stats().requestCount(SUBMIT);
        assertEquals(submitted, sim.stats().detailJobsByState().get("CANCELLED"), "every job was cancelled");
        assertEquals(submitted, sim.stats().requestCount(CANCEL));
        assertEquals(0, delivered.ids.size());
        FileStateRepository reread = checkpoints();
        reread.start();
        assertEquals(checkpointDuringTheJob, reread.getState("stop"), "nothing was marked done");
    }

    @Test
    void theJobTimeoutAndThePollDelaysFollowTheClientsTimeSource() throws Exception {
        FakeTime time = new FakeTime();
        factory = new GenesysClientFactory(time, () -> 0.5, 10);
        // the consumer polls once: its own delay is real time
        start("&jobPollInterval=PT1M&jobTimeout=PT1H&delay=3600000&maxConcurrentDetailsJobs=1", checkpoints());

        Delivered.await(() -> sim.stats().requestCount(CANCEL) > 0, 30_000);

        assertEquals(1L, sim.stats().requestCount(SUBMIT));
        assertEquals(1L, sim.stats().detailJobsByState().get("CANCELLED"), "the job timed out and was cancelled");
        Duration waited = time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(waited.compareTo(Duration.ofHours(1)) >= 0, "the status waits passed on the fake clock: " + waited);
        assertEquals(0, delivered.ids.size());
    }
}
