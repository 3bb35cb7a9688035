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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysComponent;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code camel run routes/live-monitor.yaml genesys-simulator.properties --dep=...} does (docs/jbang.md), with a
 * plain Camel Main: the route file from the repository as routes-include-pattern, the properties block of
 * docs/jbang.md as the only property placeholder location, the component resolved from the classpath.
 */
class JBangLoadingPathTest {
    private static final Path DOC = Path.of("../docs/jbang.md");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path output;

    /** The first ```properties block of docs/jbang.md. */
    private static String documentedProperties() throws Exception {
        Matcher block =
                Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        assertTrue(block.find(), "docs/jbang.md has a properties block");
        return block.group(1);
    }

    @Test
    void theDocumentedRouteFileAndPropertiesRunTheLiveMonitorWithTheComponentFromTheClasspath() throws Exception {
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            String documented = documentedProperties();
            assertTrue(documented.contains("http://127.0.0.1:8080"), documented);
            Path properties = output.resolve("genesys-simulator.properties");
            Files.writeString(
                    properties,
                    documented
                            .replace("http://127.0.0.1:8080", sim.baseUrl())
                            .replace(
                                    "target/genesys-jbang",
                                    output.resolve("out").toString()));
            String queue = sim.data().queueIds().get(0);
            String conversation = sim.live().startConversation(queue, "voice");

            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + properties);
            main.configure().withRoutesIncludePattern("file:../routes/live-monitor.yaml");
            main.start();
            try {
                Path events = output.resolve("out/live/events.jsonl");
                ExamplesHarness.await(
                        "the STARTED event",
                        WAIT,
                        () -> ExamplesHarness.lines(events).stream()
                                .anyMatch(l -> l.contains(conversation) && l.contains("\"STARTED\"")));
                assertEquals(
                        List.of("live-monitor"),
                        main.getCamelContext().getRoutes().stream()
                                .map(r -> r.getRouteId())
                                .toList());
                GenesysComponent component = assertInstanceOf(
                        GenesysComponent.class, main.getCamelContext().getComponent("genesys"));
                assertEquals(sim.baseUrl(), component.getConfiguration().getApiUrl());
            } finally {
                main.stop();
            }
            assertTrue(sim.stats().tokensIssued() > 0, "the documented client id and secret obtained a token");
        }
    }
}
