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
package io.github.camelgenesys.devconsole;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.WireMockGenesys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dev console {@code genesys}, resolved the way Camel resolves consoles (by id, from the generated service
 * file), shows pace, token expiry, jobs in flight and the last error per endpoint, in text and JSON, and never the
 * secret, the client id or the token.
 */
class GenesysDevConsoleTest extends CamelTestSupport {

    private static final String TOKEN = "tok-console-7f3c9a";

    private final WireMockGenesys wm = new WireMockGenesys();

    @AfterEach
    void stopWireMock() {
        wm.close();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private String uri(String operation, String extra) {
        return "genesys:" + operation + "?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl() + "&clientId="
                + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                + "&rateLimitPerMinute=300" + extra;
    }

    @Test
    void showsPaceTokenExpiryJobsInFlightAndLastErrorWithoutSecrets() throws Exception {
        wm.stubToken(TOKEN, 3600);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
        // the search poll's details query is not stubbed: WireMock answers 404, the poll fails
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("search", "&interval=P1D&startScheduler=false&maxRetries=0"))
                        .routeId("search-route")
                        .to("mock:out");
                from("direct:archive").routeId("archive-route").to(uri("archive", ""));
            }
        });
        Instant before = Instant.now();
        context.start();
        GenesysEndpoint archive = context.getEndpoints().stream()
                .filter(e -> e instanceof GenesysEndpoint g && g.getOperation().isProducer())
                .map(GenesysEndpoint.class::cast)
                .findFirst()
                .orElseThrow();
        archive.getClient().get("/api/v2/users", null, JsonNode.class);
        ((ScheduledPollConsumer) context.getRoute("search-route").getConsumer()).run();
        // a recording job created and not yet ended, as ArchiveRun audits it
        AuditSink audit = archive.endpointStatus().observe(event -> {});
        audit.write(AuditEvent.of("archive", "job.created", "job-4711"));
        audit.write(AuditEvent.of("archive", "job.created", "job-4712"));
        audit.write(AuditEvent.of("archive", "job.fulfilled", "job-4712"));

        DevConsole console = context.getCamelContextExtension()
                .getContextPlugin(DevConsoleRegistry.class)
                .resolveById("genesys");
        assertInstanceOf(GenesysDevConsole.class, console);

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertTrue(text.contains("pace: 300/min now (300/min configured), one request every 200 ms"), text);
        assertTrue(text.contains("token: expires "), text);
        assertTrue(text.contains("jobs in flight: 1 [job-4711]"), text);
        assertTrue(text.contains("genesys://search (consumer, routes search-route"), text);
        assertTrue(text.contains("last error at "), text);
        assertTrue(text.contains("404"), text);

        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        List<?> clients = (List<?>) json.get("clients");
        assertEquals(1, clients.size(), "one client id");
        JsonObject client = (JsonObject) clients.get(0);
        assertEquals(300, client.get("rateLimitPerMinute"));
        assertEquals(200L, client.get("paceMillis"));
        Instant expires = Instant.parse((String) client.get("tokenExpires"));
        assertFalse(expires.isBefore(before.plus(Duration.ofSeconds(3600))), "expires_in 3600 s after the request");
        List<?> endpoints = (List<?>) json.get("endpoints");
        JsonObject search = find(endpoints, "search");
        assertEquals(1, search.get("failuresInARow"));
        assertNotNull(search.get("lastError"));
        JsonObject archiveJson = find(endpoints, "archive");
        assertEquals(1, archiveJson.get("jobsInFlight"));
        assertEquals(List.of("job-4711"), archiveJson.get("jobIds"));

        String shown = text + json.toJson();
        assertFalse(shown.contains(WireMockGenesys.CLIENT_SECRET), shown);
        assertFalse(shown.contains(WireMockGenesys.CLIENT_ID), shown);
        assertFalse(shown.contains(TOKEN), shown);
    }

    private static JsonObject find(List<?> endpoints, String operation) {
        return endpoints.stream()
                .map(JsonObject.class::cast)
                .filter(e -> operation.equals(e.get("operation")))
                .findFirst()
                .orElseThrow();
    }
}
