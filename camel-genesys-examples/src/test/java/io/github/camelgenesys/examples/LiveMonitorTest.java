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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routes/live-monitor.yaml against the simulator, running as a long-lived application (demo off). */
class LiveMonitorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path output;

    @Test
    void reportsEachChangeOfALiveConversationOnceInTheEventsFile() throws Exception {
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            String queue = sim.data().queueIds().get(0);
            String first = sim.live().startConversation(queue, "voice");
            Properties overrides = ExamplesHarness.pipeline("live-monitor", output);
            overrides.setProperty("genesys.demo.enabled", "false");
            overrides.setProperty("live.delay", "200");
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
            try {
                awaitEvent(first, "STARTED");
                sim.live().answerConversation(first);
                awaitEvent(first, "UPDATED");
                sim.live().endConversation(first);
                awaitEvent(first, "ENDED");
                String second = sim.live().startConversation(queue, "message");
                awaitEvent(second, "STARTED");

                assertEquals(List.of("STARTED", "UPDATED", "ENDED"), eventsOf(first));
                assertEquals(List.of("STARTED"), eventsOf(second));
                for (JsonNode event : events()) {
                    assertEquals(queue, event.path("queueId").asText());
                }
            } finally {
                ExamplesHarness.await("the application to start", WAIT, () -> started(app));
                app.main().completed();
                runner.join(WAIT.toMillis());
            }
            assertEquals(0, exit.get());
        }
    }

    private static boolean started(ExamplesApp app) {
        CamelContext context = app.main() == null ? null : app.main().getCamelContext();
        return context != null && context.getStatus() == ServiceStatus.Started;
    }

    private void awaitEvent(String conversationId, String event) throws InterruptedException {
        ExamplesHarness.await(
                event + " of " + conversationId,
                WAIT,
                () -> eventsOf(conversationId).contains(event));
    }

    private List<String> eventsOf(String conversationId) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode event : events()) {
            if (conversationId.equals(event.path("conversationId").asText())) {
                kinds.add(event.path("event").asText());
            }
        }
        return kinds;
    }

    private List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        for (String line : ExamplesHarness.lines(output.resolve("live/events.jsonl"))) {
            try {
                events.add(JSON.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // the line being written right now; read again at the next check
                return events;
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new java.io.IOException(e));
            }
        }
        return events;
    }
}
