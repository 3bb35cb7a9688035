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
package io.github.camelgenesys.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.api.OrganizationApi;
import com.mypurecloud.sdk.v2.model.Limit;
import com.mypurecloud.sdk.v2.model.LimitsEntityListing;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The org's effective limits per namespace, read with the SDK's OrganizationApi. */
class OrganizationLimitsContractTest extends ContractTestBase {

    private OrganizationApi organization;

    @Override
    GenesysCloudSimulator.Builder configure(GenesysCloudSimulator.Builder builder) {
        return builder.rateLimitPerMinute(180).maxConcurrentRecordingJobs(3);
    }

    @BeforeAll
    void api() {
        organization = new OrganizationApi(sdk.api());
    }

    private Map<String, Long> limits(String namespace) throws Exception {
        LimitsEntityListing listing =
                ok(organization.getOrganizationsLimitsNamespaceWithHttpInfo(namespace), LimitsEntityListing.class);
        listing.getEntities()
                .forEach(l -> assertEquals(namespace, l.getNamespace().toString(), "Limit.namespace"));
        return listing.getEntities().stream().collect(Collectors.toMap(Limit::getKey, Limit::getValue));
    }

    @Test
    void recordingNamespaceReportsTheRecordingJobConcurrencyTheSimulatorEnforces() throws Exception {
        assertEquals(Map.of("recording.jobs.concurrent.max", 3L), limits("recording"));
    }

    @Test
    void platformApiNamespaceReportsTheTokenRateAndRequestSize() throws Exception {
        Map<String, Long> limits = limits("platform.api");

        assertEquals(180L, limits.get("client.credentials.token.rate.per.minute"));
        assertEquals(180L, limits.get("token.rate.per.minute"));
        assertEquals(512_000L, limits.get("request.bytes.max"));
    }

    @Test
    void analyticsNamespaceReportsTheDetailsJobConcurrency() throws Exception {
        assertEquals(Map.of("details.jobs.concurrent.access.max", 2L), limits("analytics"));
    }

    @Test
    void namespaceWithoutSimulatedLimitsIsAnEmptyList() throws Exception {
        assertTrue(limits("conversation").isEmpty(), "no conversation limit is simulated");
    }

    @Test
    void malformedNamespaceIsABadRequest() throws Exception {
        SdkContract.error(sdkJson, organization.getOrganizationsLimitsNamespaceWithHttpInfo("Not A Namespace!"), 400);
    }
}
