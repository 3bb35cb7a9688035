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
package io.github.camelgenesys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.WireMockGenesys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * Runs a route with our client, HttpClient 5 and Camel at DEBUG (see simplelogger.properties) and captures
 * everything slf4j-simple writes: neither the client secret, its Basic encoding, nor any issued token appears.
 */
class SecretsNotLoggedTest {

    private static final String TOKEN_1 = "issued-token-AAAA1111";
    private static final String TOKEN_2 = "issued-token-BBBB2222";

    @Test
    void routeAtDebugLevelLogsNoSecretAndNoToken() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try (WireMockGenesys wm = new WireMockGenesys()) {
            wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                    .inScenario("t")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(okJson(WireMockGenesys.tokenJson(TOKEN_1, 86400)))
                    .willSetStateTo("2"));
            wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                    .inScenario("t")
                    .whenScenarioStateIs("2")
                    .willReturn(okJson(WireMockGenesys.tokenJson(TOKEN_2, 86400))));
            // token 1 is rejected mid-run (refresh path), token 2 works; one call ends in a 403
            wm.server.stubFor(get(urlPathEqualTo("/api/v2/users"))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN_1))
                    .willReturn(aResponse().withStatus(401)));
            wm.server.stubFor(get(urlPathEqualTo("/api/v2/users"))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN_2))
                    .willReturn(okJson("{\"total\":1}")));
            wm.server.stubFor(get(urlPathEqualTo("/api/v2/forbidden"))
                    .willReturn(aResponse()
                            .withStatus(403)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"code\":\"missing.permissions\",\"status\":403,\"message\":\"no [a:b:c]\"}")));

            System.setErr(new PrintStream(new TeeStream(captured, original), true, StandardCharsets.UTF_8));
            String uri = "genesys:search?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl()
                    + "&clientId=" + WireMockGenesys.CLIENT_ID
                    + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")";
            try (CamelContext camel = new DefaultCamelContext()) {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        onException(GenesysException.class).handled(true).log("failed: ${exception.message}");
                        from("direct:call")
                                .routeId("debug-route")
                                .log("calling ${body}")
                                .process(e -> {
                                    GenesysEndpoint endpoint = e.getContext().getEndpoint(uri, GenesysEndpoint.class);
                                    String path = e.getMessage().getBody(String.class);
                                    e.getMessage()
                                            .setBody(endpoint.getClient()
                                                    .get(path, null, JsonNode.class)
                                                    .body()
                                                    .toString());
                                })
                                .log("got ${body}");
                    }
                });
                camel.getEndpoint(uri).start();
                camel.start();
                ProducerTemplate template = camel.createProducerTemplate();
                assertEquals("{\"total\":1}", template.requestBody("direct:call", "/api/v2/users", String.class));
                template.requestBody("direct:call", "/api/v2/forbidden", String.class);
            }
            assertEquals(2, wm.tokenRequests());
        } finally {
            System.setErr(original);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("DEBUG io.github.camelgenesys.client.GenesysClient"), "client logged at DEBUG");
        assertTrue(log.contains("DEBUG org.apache.hc.client5"), "HttpClient logged at DEBUG");
        assertTrue(log.contains("missing.permissions"), "the failure was logged");
        assertFalse(log.contains(WireMockGenesys.CLIENT_SECRET), "client secret in log");
        assertFalse(log.contains(WireMockGenesys.BASIC.substring(6)), "Basic credentials in log");
        assertFalse(log.contains(TOKEN_1), "issued token in log");
        assertFalse(log.contains(TOKEN_2), "issued token in log");
    }

    /** Writes to the capture and still to the original stream. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }
}
