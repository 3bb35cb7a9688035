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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void flagsReachTheConfiguration() throws Exception {
        CliOptions.Parsed parsed = CliOptions.parse(new String[] {
            "--port",
            "0",
            "--conversations",
            "123",
            "--seed",
            "7",
            "--days",
            "3",
            "--rate-limit-per-minute",
            "0",
            "--token-ttl",
            "60",
            "--fault-rate",
            "0.25",
            "--job-delay",
            "10",
            "--data-lag=30",
            "--details-query-max-page-size",
            "200",
            "--max-paged-results",
            "1000",
            "--max-interval-days-unfiltered",
            "2",
            "--max-interval-days-filtered=40",
            "--job-results-max-page-size",
            "500",
            "--queues",
            "4",
            "--live-rate-per-minute",
            "0",
            "--max-concurrent-recording-jobs",
            "3",
            "--recording-job-limit-status",
            "409",
            "--recording-inclusion-lag",
            "PT6H",
            "--fault",
            "POST /api/v2/analytics/** 0.5 503"
        });
        SimulatorConfig c = parsed.builder().build().config();
        assertEquals(123, c.conversations());
        assertEquals(7, c.seed());
        assertEquals(3, c.days());
        assertEquals(0, c.rateLimitPerMinute());
        assertEquals(Duration.ofSeconds(60), c.tokenTtl());
        assertEquals(0.25, c.faultRate());
        assertEquals(Duration.ofMillis(10), c.jobDelay());
        assertEquals(Duration.ofSeconds(30), c.dataLag());
        assertEquals(200, c.detailsQueryMaxPageSize());
        assertEquals(1000, c.maxPagedResults());
        assertEquals(2, c.maxIntervalDaysUnfiltered());
        assertEquals(40, c.maxIntervalDaysFiltered());
        assertEquals(500, c.jobResultsMaxPageSize());
        assertEquals(4, c.queues());
        assertEquals(3, c.maxConcurrentRecordingJobs());
        assertEquals(409, c.recordingJobLimitStatus());
        assertEquals(Duration.ofHours(6), c.recordingInclusionLag());
        assertEquals(1, parsed.faults().size());
    }

    @Test
    void rateLimitFlagsChooseTheModelScopeAndWindow() throws Exception {
        SimulatorConfig defaults =
                CliOptions.parse(new String[0]).builder().build().config();
        assertEquals(io.github.camelgenesys.simulator.auth.RateLimiter.Model.FIXED_WINDOW, defaults.rateLimitModel());
        assertEquals(io.github.camelgenesys.simulator.auth.RateLimiter.Scope.CLIENT, defaults.rateLimitScope());
        assertEquals(Duration.ofMinutes(1), defaults.rateLimitWindow());
        SimulatorConfig c = CliOptions.parse(new String[] {
                    "--rate-limit-model", "token-bucket", "--rate-limit-scope", "token", "--rate-limit-window=5000"
                })
                .builder()
                .build()
                .config();
        assertEquals(io.github.camelgenesys.simulator.auth.RateLimiter.Model.TOKEN_BUCKET, c.rateLimitModel());
        assertEquals(io.github.camelgenesys.simulator.auth.RateLimiter.Scope.TOKEN, c.rateLimitScope());
        assertEquals(Duration.ofSeconds(5), c.rateLimitWindow());
        CliOptions.CliException bad = assertThrows(
                CliOptions.CliException.class, () -> CliOptions.parse(new String[] {"--rate-limit-model", "leaky"}));
        assertTrue(
                bad.getMessage().contains("--rate-limit-model")
                        && bad.getMessage().contains("sliding-window"),
                bad.getMessage());
    }

    @Test
    void unknownFlagOrBadValueNamesTheFlagAndAllowedValues() {
        CliOptions.CliException unknown =
                assertThrows(CliOptions.CliException.class, () -> CliOptions.parse(new String[] {"--colour", "red"}));
        assertTrue(unknown.getMessage().contains("--colour")
                && unknown.getMessage().contains("--conversations"));
        CliOptions.CliException notNumber =
                assertThrows(CliOptions.CliException.class, () -> CliOptions.parse(new String[] {"--seed", "abc"}));
        assertTrue(notNumber.getMessage().contains("--seed")
                && notNumber.getMessage().contains("integer"));
        CliOptions.CliException notDuration = assertThrows(
                CliOptions.CliException.class,
                () -> CliOptions.parse(new String[] {"--recording-inclusion-lag", "48h"}));
        assertTrue(
                notDuration.getMessage().contains("--recording-inclusion-lag")
                        && notDuration.getMessage().contains("PT48H"),
                notDuration.getMessage());
        CliOptions.CliException badFault = assertThrows(
                CliOptions.CliException.class, () -> CliOptions.parse(new String[] {"--fault", "GET /x 0.1 explode"}));
        assertTrue(badFault.getMessage().contains("--fault"));
        assertNull(assertDoesNotThrowParse("--help").builder());
    }

    private static CliOptions.Parsed assertDoesNotThrowParse(String... args) {
        try {
            return CliOptions.parse(args);
        } catch (CliOptions.CliException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void outOfRangeValueExitsWithCode2AndNamesTheFlag() throws Exception {
        Process p = new ProcessBuilder(
                        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SimulatorMain.class.getName(),
                        "--fault-rate",
                        "1.5")
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("--fault-rate") && out.contains("0..1"), out);
    }
}
