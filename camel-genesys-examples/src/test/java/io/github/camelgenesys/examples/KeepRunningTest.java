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
package io.github.camelgenesys.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dgenesys.demo.keepRunning=true}: after the summary the demo's pipelines go on running. */
class KeepRunningTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path output;

    @Test
    void afterTheSummaryThePipelinesKeepRunningOnTheirSchedulesUntilStopped() throws Exception {
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            Properties overrides = ExamplesHarness.pipeline("queue-report", output);
            overrides.setProperty("genesys.demo.keepRunning", "true");
            ExamplesApp app = new ExamplesApp(overrides, Map.of(), sim, new PrintStream(System.out, true));
            AtomicInteger exit = new AtomicInteger(-1);
            Thread runner = new Thread(
                    () -> {
                        try {
                            exit.set(app.run());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    "examples-app");
            runner.start();

            ExamplesHarness.await(
                    "the summary", WAIT, () -> app.demo() != null && app.demo().exitCode() == 0);
            ExamplesHarness.await(
                    "the pipeline running again",
                    WAIT,
                    () -> app.main().getCamelContext().getRouteController().getRouteStatus("queue-report")
                            == ServiceStatus.Started);
            long polls = app.monitor().counters("queue-report").polls();
            ExamplesHarness.await(
                    "another scheduled run",
                    WAIT,
                    () -> app.monitor().counters("queue-report").polls() > polls);
            app.main().completed();
            runner.join(WAIT.toMillis());

            assertEquals(0, exit.get());
        }
    }
}
