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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wrong credentials fail the route at startup with the login host's reason, never showing the secret. */
class CredentialsOnStartupTest {

    private static final String WRONG_SECRET = "wr0ng-Secret-Value-99";
    private static GenesysCloudSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder().conversations(10).build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @BeforeEach
    void resetStats() {
        sim.resetStats();
    }

    private String uri(String operation, String clientId, String secret, String options) {
        return "genesys:" + operation + "?apiUrl=" + sim.baseUrl() + "&loginUrl=" + sim.baseUrl() + "&clientId="
                + clientId + "&clientSecret=RAW(" + secret + ")&rateLimitPerMinute=0" + options;
    }

    private static String startFailure(String from, String to) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from).routeId("r").to(to);
                }
            });
            Exception e = assertThrows(Exception.class, camel::start);
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void wrongSecretFailsTheConsumerRouteAtStartupWithTheLoginHostsReason() throws Exception {
        String messages = startFailure(uri("live", sim.clientId(), WRONG_SECRET, "&delay=60000"), "mock:out");
        assertTrue(messages.contains("credentials refused at startup"), messages);
        assertTrue(messages.contains("HTTP 401") && messages.contains("invalid_client"), messages);
        assertFalse(messages.contains(WRONG_SECRET) || messages.contains(sim.clientSecret()), messages);
        assertEquals(
                0,
                sim.stats().requests().keySet().stream()
                        .filter(k -> k.contains("/api/v2/"))
                        .count(),
                "no API request was sent: " + sim.stats().requests());
    }

    @Test
    void unknownClientFailsAProducerRouteAtStartup() throws Exception {
        String messages = startFailure("direct:archive", uri("archive", "no-such-client", WRONG_SECRET, ""));
        assertTrue(messages.contains("invalid_client"), messages);
        assertFalse(messages.contains(WRONG_SECRET), messages);
    }

    @Test
    void anUnreachableLoginHostOnlyWarnsAndTheRouteStarts() throws Exception {
        // no answer says nothing about the credentials; the polls retry the token request (fault suite: a slow
        // first connection must not fail the start)
        assertRouteStarts("genesys:live?apiUrl=http://127.0.0.1:1&loginUrl=http://127.0.0.1:1&clientId="
                + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")&connectTimeout=2s&delay=60000"
                + "&initialDelay=60000");
    }

    @Test
    void theCheckCanBeTurnedOffForRoutesThatStartBeforeTheNetwork() throws Exception {
        assertRouteStarts(uri(
                "live",
                sim.clientId(),
                WRONG_SECRET,
                "&delay=60000&initialDelay=60000" + "&verifyCredentialsOnStartup=false"));
        assertEquals(0, sim.stats().requestCount("POST /oauth/token"), "no token request at start");
    }

    @Test
    void aBusyLoginHostOnlyWarnsAndTheRouteStarts() throws Exception {
        sim.faults().next(1).on("POST", "/oauth/token").status(503);
        try {
            assertRouteStarts(uri("live", sim.clientId(), sim.clientSecret(), "&delay=60000&initialDelay=60000"));
        } finally {
            sim.faults().clear();
        }
        assertEquals(1, sim.stats().requestCount("POST /oauth/token", 503));
    }

    @Test
    void rightCredentialsStartWithOneTokenRequest() throws Exception {
        assertRouteStarts(uri("live", sim.clientId(), sim.clientSecret(), "&delay=60000&initialDelay=60000"));
        assertEquals(1, sim.stats().requestCount("POST /oauth/token", 200));
    }

    private static void assertRouteStarts(String from) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from).routeId("r").to("mock:out");
                }
            });
            camel.start();
            assertEquals(ServiceStatus.Started, camel.getRouteController().getRouteStatus("r"));
        }
    }
}
