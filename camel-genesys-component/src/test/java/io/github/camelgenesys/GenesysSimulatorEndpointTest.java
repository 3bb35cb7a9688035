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
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Endpoints configured through component-level options, against the embedded simulator. */
class GenesysSimulatorEndpointTest extends CamelTestSupport {

    private static GenesysCloudSimulator sim;
    private static String baseUrl;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder().build();
        baseUrl = sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext ctx = super.createCamelContext();
        GenesysComponent genesys = new GenesysComponent();
        GenesysConfiguration defaults = genesys.getConfiguration();
        defaults.setApiUrl(baseUrl);
        defaults.setLoginUrl(baseUrl);
        defaults.setClientId(sim.clientId());
        defaults.setClientSecret(sim.clientSecret());
        ctx.addComponent("genesys", genesys);
        return ctx;
    }

    @Test
    void endpointsOfOneClientReadTheOrgLimitsOnceOnFirstUseAndShareThem() throws Exception {
        sim.resetStats();
        String limits = "GET /api/v2/organizations/limits/namespaces/{namespaceName}";
        GenesysEndpoint search = context.getEndpoint("genesys:search", GenesysEndpoint.class);
        GenesysEndpoint archive = context.getEndpoint("genesys:archive?maxRetries=2", GenesysEndpoint.class);
        search.start();
        archive.start();
        assertEquals(0, sim.stats().requestCount(limits), "starting an endpoint calls nothing");

        assertEquals(java.util.OptionalInt.of(2), archive.getOrgLimits().recordingJobsConcurrentMax());
        assertEquals(archive.getOrgLimits().toString(), search.getOrgLimits().toString());
        assertEquals(
                3,
                sim.stats().requestCount(limits, 200),
                "analytics, recording and platform.api, once for both endpoints");
    }

    @Test
    void endpointsOfOneClientIdShareOneTokenAndTheReadinessCheckReusesIt() throws Exception {
        sim.resetStats();
        long tokensBefore = sim.stats().tokensIssued();
        GenesysEndpoint search = context.getEndpoint("genesys:search", GenesysEndpoint.class);
        GenesysEndpoint archive = context.getEndpoint("genesys:archive?maxRetries=1", GenesysEndpoint.class);
        search.start();
        archive.start();

        search.getClient().get("/api/v2/routing/queues", null, JsonNode.class);
        archive.getClient().get("/api/v2/routing/queues", null, JsonNode.class);
        HealthCheck.Result health = context.getComponent("genesys", GenesysComponent.class)
                .getHealthCheck()
                .call();

        assertEquals(HealthCheck.State.UP, health.getState());
        assertEquals(tokensBefore + 1, sim.stats().tokensIssued());
        assertEquals(2, sim.stats().requestCount("GET /api/v2/routing/queues", 200));
    }

    @Test
    void readinessIsDownWithAWrongSecret() throws Exception {
        // started without the startup check, which would refuse it (CredentialsOnStartupTest)
        GenesysEndpoint wrong = context.getEndpoint(
                "genesys:live?clientSecret=RAW(not-the-secret)&verifyCredentialsOnStartup=false",
                GenesysEndpoint.class);
        wrong.start();
        // the check reports what the client learned: a call must have met the refusal
        assertThrows(
                GenesysException.class, () -> wrong.getClient().get("/api/v2/routing/queues", null, JsonNode.class));

        HealthCheck.Result health = context.getComponent("genesys", GenesysComponent.class)
                .getHealthCheck()
                .call();

        assertEquals(HealthCheck.State.DOWN, health.getState());
    }
}
