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
package io.github.camelgenesys.simulator;

import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.time.Clock;
import java.time.Duration;

/** Settings of one simulator instance (see {@link GenesysCloudSimulator.Builder} for meanings and defaults). */
public record SimulatorConfig(
        int port,
        long conversations,
        long seed,
        int days,
        int rateLimitPerMinute,
        Duration tokenTtl,
        double faultRate,
        Duration jobDelay,
        Duration dataLag,
        int detailsQueryMaxPageSize,
        long maxPagedResults,
        int maxIntervalDaysUnfiltered,
        int maxIntervalDaysFiltered,
        int jobResultsMaxPageSize,
        int maxConcurrentDetailsJobs,
        int queues,
        int liveRatePerMinute,
        int maxObservationPredicates,
        int maxConcurrentRecordingJobs,
        int recordingJobLimitStatus,
        Duration recordingInclusionLag,
        Clock clock,
        Duration rateLimitWindow,
        RateLimiter.Model rateLimitModel,
        RateLimiter.Scope rateLimitScope) {

    public SimulatorConfig {
        require(port >= 0 && port <= 65535, "port", "0..65535 (0 = any free port)", port);
        require(conversations >= 0, "conversations", ">= 0", conversations);
        require(days >= 1, "days", ">= 1", days);
        require(rateLimitPerMinute >= 0, "rateLimitPerMinute", ">= 0 (0 = unlimited)", rateLimitPerMinute);
        require(tokenTtl != null && !tokenTtl.isNegative() && !tokenTtl.isZero(), "tokenTtl", "> 0", tokenTtl);
        require(faultRate >= 0 && faultRate <= 1, "faultRate", "0..1", faultRate);
        require(jobDelay != null && !jobDelay.isNegative(), "jobDelay", ">= 0", jobDelay);
        require(dataLag != null && !dataLag.isNegative(), "dataLag", ">= 0", dataLag);
        require(detailsQueryMaxPageSize >= 1, "detailsQueryMaxPageSize", ">= 1", detailsQueryMaxPageSize);
        require(maxPagedResults >= 1, "maxPagedResults", ">= 1", maxPagedResults);
        require(maxIntervalDaysUnfiltered >= 1, "maxIntervalDaysUnfiltered", ">= 1", maxIntervalDaysUnfiltered);
        require(maxIntervalDaysFiltered >= 1, "maxIntervalDaysFiltered", ">= 1", maxIntervalDaysFiltered);
        require(jobResultsMaxPageSize >= 1, "jobResultsMaxPageSize", ">= 1", jobResultsMaxPageSize);
        require(maxConcurrentDetailsJobs >= 1, "maxConcurrentDetailsJobs", ">= 1", maxConcurrentDetailsJobs);
        require(queues >= 1, "queues", ">= 1", queues);
        require(liveRatePerMinute >= 0, "liveRatePerMinute", ">= 0 (0 = none)", liveRatePerMinute);
        require(maxObservationPredicates >= 1, "maxObservationPredicates", ">= 1", maxObservationPredicates);
        require(maxConcurrentRecordingJobs >= 1, "maxConcurrentRecordingJobs", ">= 1", maxConcurrentRecordingJobs);
        require(
                recordingJobLimitStatus >= 400 && recordingJobLimitStatus <= 499,
                "recordingJobLimitStatus",
                "400..499",
                recordingJobLimitStatus);
        require(
                recordingInclusionLag != null && !recordingInclusionLag.isNegative(),
                "recordingInclusionLag",
                ">= 0",
                recordingInclusionLag);
        require(clock != null, "clock", "a Clock", clock);
        require(
                rateLimitWindow != null && rateLimitWindow.toMillis() >= 100,
                "rateLimitWindow",
                ">= 100 ms",
                rateLimitWindow);
        require(rateLimitModel != null, "rateLimitModel", "fixed-window, sliding-window, token-bucket", rateLimitModel);
        require(rateLimitScope != null, "rateLimitScope", "client, token", rateLimitScope);
    }

    private static void require(boolean ok, String name, String allowed, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(name + ": allowed " + allowed + ", got " + value);
        }
    }
}
