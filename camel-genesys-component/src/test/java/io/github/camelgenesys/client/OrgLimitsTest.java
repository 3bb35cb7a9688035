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
package io.github.camelgenesys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the org's effective limits from the simulator's limits endpoint. */
class OrgLimitsTest {

    private static final String LIMITS = "GET /api/v2/organizations/limits/namespaces/{namespaceName}";

    private GenesysCloudSimulator sim;
    private GenesysClientFactory factory;

    @AfterEach
    void stop() {
        if (factory != null) {
            factory.close();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    private GenesysClient client(int rateLimitPerMinute) {
        String baseUrl = sim.start();
        factory = new GenesysClientFactory();
        return factory.client(GenesysClientSettings.builder()
                .apiUrl(baseUrl)
                .loginUrl(baseUrl)
                .clientId(sim.clientId())
                .clientSecret(sim.clientSecret())
                .rateLimitPerMinute(rateLimitPerMinute)
                .maxRetries(0)
                .build());
    }

    @Test
    void readsTheJobConcurrencyLimitsAndTokenRateTheOrgReports() {
        sim = GenesysCloudSimulator.builder()
                .rateLimitPerMinute(180)
                .maxConcurrentRecordingJobs(3)
                .maxConcurrentDetailsJobs(4)
                .build();

        OrgLimits limits = OrgLimits.read(client(180));

        assertEquals(OptionalInt.of(3), limits.recordingJobsConcurrentMax());
        assertEquals(OptionalInt.of(180), limits.tokenRatePerMinute());
        assertEquals(OptionalLong.of(512_000), limits.requestBytesMax());
        assertTrue(limits.wasRead(OrgLimits.ANALYTICS));
        assertEquals(OptionalInt.of(4), limits.detailsJobsConcurrentMax());
        assertEquals(3, sim.stats().requestCount(LIMITS, 200), "one request per namespace");
    }

    @Test
    void aNamespaceThatCannotBeReadStaysUnknownAndTheOthersAreKept() {
        sim = GenesysCloudSimulator.builder().build();
        sim.faults()
                .next(1)
                .on("GET", "/api/v2/organizations/limits/namespaces/recording")
                .status(503);

        OrgLimits limits = OrgLimits.read(client(300));

        assertFalse(limits.wasRead(OrgLimits.RECORDING));
        assertEquals(OptionalInt.empty(), limits.recordingJobsConcurrentMax());
        assertEquals(OptionalInt.of(300), limits.tokenRatePerMinute(), "platform.api was still read");
    }

    @Test
    void theLowerOfTheTwoTokenRatesApplies() {
        OrgLimits limits = OrgLimits.of(Map.of(
                OrgLimits.PLATFORM_API,
                Map.of(OrgLimits.CLIENT_CREDENTIALS_TOKEN_RATE, 300L, OrgLimits.TOKEN_RATE, 180L)));

        assertEquals(OptionalInt.of(180), limits.tokenRatePerMinute());
        assertEquals(OptionalInt.empty(), OrgLimits.none().tokenRatePerMinute());
    }
}
