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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md: Camel Main with the documented properties block serves the genesys checks on /observe/health and the
 * genesys dev console on /q/dev/genesys, at the URLs the page's curl commands use, and shows no secret.
 */
class OperationsEndpointsTest {

    private static final Path DOC = Path.of("../docs/operations.md");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path output;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The first ```properties block of docs/operations.md. */
    private static String documentedProperties() throws IOException {
        Matcher block =
                Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        assertTrue(block.find(), "docs/operations.md has a properties block");
        return block.group(1);
    }

    /** The URLs of the page's curl commands, in order. */
    private static List<String> documentedUrls() throws IOException {
        Matcher curl = Pattern.compile("curl -s (?:-H 'Accept: application/json' )?'?(http://localhost:8080[^' \\n]*)")
                .matcher(Files.readString(DOC));
        List<String> urls = new ArrayList<>();
        while (curl.find()) {
            urls.add(curl.group(1));
        }
        return urls;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> fetch(String url, boolean json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDocumentedUrlsServeTheGenesysHealthChecksAndDevConsoleWithoutSecrets() throws Exception {
        List<String> urls = documentedUrls();
        assertEquals(
                List.of(
                        "http://localhost:8080/observe/health?exposureLevel=full&data=true",
                        "http://localhost:8080/q/dev/genesys",
                        "http://localhost:8080/q/dev/genesys"),
                urls);
        int port = freePort();
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            String queue = sim.data().queueIds().get(0);
            String conversation = sim.live().startConversation(queue, "voice");
            // only the documented block and the simulator's connection (not the examples' application.properties)
            Path file = output.resolve("operations.properties");
            Files.writeString(
                    file,
                    documentedProperties().replace("8080", String.valueOf(port))
                            + "camel.component.genesys.api-url = " + sim.baseUrl() + "\n"
                            + "camel.component.genesys.login-url = " + sim.baseUrl() + "\n"
                            + "camel.component.genesys.client-id = " + sim.clientId() + "\n"
                            + "camel.component.genesys.client-secret = " + sim.clientSecret() + "\n"
                            + "live.delay = 500\n"
                            + "genesys.output-dir = " + output + "\n");
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + file);
            main.configure().withRoutesIncludePattern("file:../routes/live-monitor.yaml");
            main.start();
            try {
                Path events = output.resolve("live/events.jsonl");
                ExamplesHarness.await(
                        "the first poll's STARTED event",
                        WAIT,
                        () -> ExamplesHarness.lines(events).stream().anyMatch(l -> l.contains(conversation)));
                String base = "http://localhost:" + port;

                HttpResponse<String> health = fetch(urls.get(0).replace("http://localhost:8080", base), false);
                assertEquals(200, health.statusCode(), health.body());
                String healthBody = health.body();
                assertTrue(
                        healthBody.contains("\"name\": \"consumer:live-monitor\"")
                                || healthBody.contains("\"name\":\"consumer:live-monitor\""),
                        healthBody);
                assertTrue(healthBody.contains("genesys.client"), healthBody);
                assertTrue(
                        healthBody.contains("\"name\": \"genesys\"") || healthBody.contains("\"name\":\"genesys\""),
                        healthBody);

                HttpResponse<String> text = fetch(urls.get(1).replace("http://localhost:8080", base), false);
                assertEquals(200, text.statusCode());
                assertTrue(text.body().contains("Genesys Cloud:"), text.body());
                assertTrue(text.body().contains("pace: "), text.body());
                assertTrue(text.body().contains("token: expires "), text.body());
                assertTrue(text.body().contains("genesys://live (consumer, routes live-monitor"), text.body());

                HttpResponse<String> json = fetch(urls.get(2).replace("http://localhost:8080", base), true);
                assertEquals(200, json.statusCode());
                assertTrue(json.body().startsWith("{\"genesys\":"), json.body());
                assertTrue(json.body().contains("\"jobsInFlight\":0"), json.body());
                assertTrue(json.body().contains("\"tokenExpires\":"), json.body());

                String shown = healthBody + text.body() + json.body();
                assertFalse(shown.contains(sim.clientSecret()), shown);
                assertFalse(shown.contains(sim.clientId()), shown);
            } finally {
                main.stop();
            }
        }
    }
}
