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
package io.github.camelgenesys.reliability;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;

/** The fault profiles of the matrix, each armed on the simulator before a run (or, for revocation, mid-run). */
enum Fault {
    NONE("no fault (baseline)"),
    RATE_LIMIT_STORM("429 storm: the next 3 API calls answered 429 with Retry-After: 1"),
    TOKEN_REVOKED("401: every token revoked after the first delivery"),
    GATEWAY_BURST("502, 503, 504, 503 on four consecutive API calls"),
    CONNECTION_RESET("connection reset on the next 2 API calls"),
    TIMEOUT("the next 2 API calls answered after 800 ms; responseTimeout 500 ms"),
    MALFORMED_BODY("the next 2 API calls answered 200 with truncated JSON"),
    FAILED_JOB("the next job FAILED, the one after EXPIRED (details) / the next recording job FAILED"),
    JOB_SUBMIT_RESET("connection reset on the next job submission (POST details/jobs, POST recording/jobs)");

    final String description;

    Fault(String description) {
        this.description = description;
    }

    /** Arms the fault on every API path ({@code /api/v2/**}, any method) before the run starts. */
    void arm(GenesysCloudSimulator sim) {
        String api = "/api/v2/**";
        switch (this) {
            case RATE_LIMIT_STORM -> sim.faults().next(3).on("*", api).status(429);
            case GATEWAY_BURST ->
                sim.faults()
                        .next(1)
                        .on("*", api)
                        .status(502)
                        .next(1)
                        .on("*", api)
                        .status(503)
                        .next(1)
                        .on("*", api)
                        .status(504)
                        .next(1)
                        .on("*", api)
                        .status(503);
            case CONNECTION_RESET -> sim.faults().next(2).on("*", api).connectionReset();
            case TIMEOUT -> sim.faults().next(2).on("*", api).delay(Duration.ofMillis(800));
            case MALFORMED_BODY -> sim.faults().next(2).on("*", api).malformedBody();
            case JOB_SUBMIT_RESET ->
                sim.faults()
                        .next(1)
                        .on("POST", "/api/v2/analytics/conversations/details/jobs")
                        .connectionReset()
                        .next(1)
                        .on("POST", "/api/v2/recording/jobs")
                        .connectionReset();
            case FAILED_JOB -> {
                sim.failNextDetailsJobs(1);
                sim.expireNextDetailsJobs(1);
                sim.failNextRecordingJobs(1);
            }
            default -> {}
        }
    }
}
