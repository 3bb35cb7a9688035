package io.github.camelgenesys.client;

import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return factory.client(GenesysClientSettings.builder().apiUrl(baseUrl).loginUrl(baseUrl)
                .clientId(sim.clientId()).clientSecret(sim.clientSecret())
                .rateLimitPerMinute(rateLimitPerMinute).maxRetries(0).build());
    }

    @Test
    void readsTheRecordingJobConcurrencyAndTokenRateTheOrgReports() {
        sim = GenesysCloudSimulator.builder().rateLimitPerMinute(180).maxConcurrentRecordingJobs(3).build();

        OrgLimits limits = OrgLimits.read(client(180));

        assertEquals(OptionalInt.of(3), limits.recordingJobsConcurrentMax());
        assertEquals(OptionalInt.of(180), limits.tokenRatePerMinute());
        assertEquals(OptionalLong.of(512_000), limits.requestBytesMax());
        assertTrue(limits.wasRead(OrgLimits.ANALYTICS), "analytics was read (the simulator reports no limit there)");
        assertEquals(OptionalInt.empty(), limits.detailsJobsConcurrentMax(), "absent: the built-in assumption stays");
        assertEquals(3, sim.stats().requestCount(LIMITS, 200), "one request per namespace");
    }

    @Test
    void aNamespaceThatCannotBeReadStaysUnknownAndTheOthersAreKept() {
        sim = GenesysCloudSimulator.builder().build();
        sim.faults().next(1).on("GET", "/api/v2/organizations/limits/namespaces/recording").status(503);

        OrgLimits limits = OrgLimits.read(client(300));

        assertFalse(limits.wasRead(OrgLimits.RECORDING));
        assertEquals(OptionalInt.empty(), limits.recordingJobsConcurrentMax());
        assertEquals(OptionalInt.of(300), limits.tokenRatePerMinute(), "platform.api was still read");
    }

    @Test
    void theLowerOfTheTwoTokenRatesApplies() {
        OrgLimits limits = OrgLimits.of(Map.of(OrgLimits.PLATFORM_API, Map.of(
                OrgLimits.CLIENT_CREDENTIALS_TOKEN_RATE, 300L, OrgLimits.TOKEN_RATE, 180L)));

        assertEquals(OptionalInt.of(180), limits.tokenRatePerMinute());
        assertEquals(OptionalInt.empty(), OrgLimits.none().tokenRatePerMinute());
    }
}
