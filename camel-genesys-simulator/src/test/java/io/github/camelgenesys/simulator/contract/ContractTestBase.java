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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiResponse;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One simulator and one authorized SDK client per test class. The simulator settings are the team's fixed
 * contract-test settings; subclasses may adjust them through {@link #configure}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractTestBase {

    /** Upper bound for polling loops (jobs reaching a state); a guard against hangs, not a timing assertion. */
    static final Duration POLL_LIMIT = Duration.ofSeconds(60);

    GenesysCloudSimulator sim;
    String baseUrl;
    SdkClient sdk;
    ObjectMapper sdkJson;

    @BeforeAll
    void startSimulatorAndAuthorize() throws Exception {
        sim = configure(GenesysCloudSimulator.builder()
                        .port(0)
                        .conversations(2_000)
                        .seed(7L)
                        .days(10)
                        .rateLimitPerMinute(0)
                        .jobDelay(Duration.ofMillis(200))
                        .dataLag(Duration.ofMinutes(10))
                        .queues(10))
                .build();
        baseUrl = sim.start();
        sdk = SdkClient.connect(baseUrl);
        sdk.authorize(sim.clientId(), sim.clientSecret());
        sdkJson = sdk.api().getObjectMapper();
    }

    @AfterAll
    void stopSimulator() throws Exception {
        if (sdk != null) {
            sdk.close();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    GenesysCloudSimulator.Builder configure(GenesysCloudSimulator.Builder builder) {
        return builder;
    }

    <T> T ok(ApiResponse<T> response, Class<?> model) {
        return SdkContract.ok(sdkJson, response, model);
    }

    /** An ISO-8601 interval of whole UTC days, {@code fromDaysAgo} to {@code toDaysAgo} before today's midnight. */
    static String pastDays(int fromDaysAgo, int toDaysAgo) {
        Instant midnight = Instant.now().truncatedTo(ChronoUnit.DAYS);
        return midnight.minus(fromDaysAgo, ChronoUnit.DAYS) + "/" + midnight.minus(toDaysAgo, ChronoUnit.DAYS);
    }

    /** Sleeps a little between polls; the loop itself is bounded by {@link #POLL_LIMIT}. */
    static void pause() throws InterruptedException {
        Thread.sleep(100);
    }
}
