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

import io.github.camelgenesys.benchmarks.BenchClock;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * One simulated org for a test class: a simulator with a dedicated OAuth client (a distinctive secret the secret scan
 * looks for), the token-recording login host in front of it, and a clock moved two hours past the end of the history
 * so that every historical conversation is complete and below the analytics watermark.
 */
final class SimulatedOrg implements AutoCloseable {

    static final String CLIENT_ID = "reliability-client";

    final GenesysCloudSimulator sim;
    final BenchClock clock = new BenchClock();
    private final TokenRecordingLogin login;
    private final String secret = "rel-secret-" + UUID.randomUUID();

    SimulatedOrg(int conversations, int days) throws IOException {
        sim = GenesysCloudSimulator.builder()
                .conversations(conversations)
                .days(days)
                .seed(7L)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(20))
                .liveRatePerMinute(0)
                .queues(3)
                // the suite is about faults and restarts over the whole history, recent days included; the 48 h
                // inclusion lag of recording jobs has its own tests (ArchiveEligibilityTest)
                .recordingInclusionLag(Duration.ofMinutes(10))
                .clock(clock)
                .build();
        sim.start();
        sim.addClient(CLIENT_ID, secret, Set.of("*"));
        Secrets.add(secret);
        Secrets.add(Base64.getEncoder().encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        clock.shift(Duration.ofHours(2));
        login = new TokenRecordingLogin(sim.baseUrl());
    }

    /**
     * {@code genesys:<operation>?...}: the API on the simulator, the login through the recording relay, fast retries
     * (10 ms initial backoff), a 500 ms response timeout and no client-side rate limit unless the options say otherwise.
     */
    String uri(String operation, String options) {
        StringBuilder uri = new StringBuilder("genesys:")
                .append(operation)
                .append("?apiUrl=")
                .append(sim.baseUrl())
                .append("&loginUrl=")
                .append(login.baseUrl())
                .append("&clientId=")
                .append(CLIENT_ID)
                .append("&clientSecret=RAW(")
                .append(secret)
                .append(")&retryInitialDelay=10ms&responseTimeout=500ms");
        if (!options.contains("rateLimitPerMinute=")) {
            uri.append("&rateLimitPerMinute=0");
        }
        return options.isEmpty()
                ? uri.toString()
                : uri.append('&').append(options).toString();
    }

    String secret() {
        return secret;
    }

    /** The same connection as {@link #uri} as Camel Main component settings ({@code camel.component.genesys.*}). */
    java.util.Map<String, String> componentSettings() {
        String prefix = "camel.component.genesys.";
        return java.util.Map.of(
                prefix + "api-url",
                sim.baseUrl(),
                prefix + "login-url",
                login.baseUrl(),
                prefix + "client-id",
                CLIENT_ID,
                prefix + "client-secret",
                secret,
                prefix + "rate-limit-per-minute",
                "0",
                prefix + "retry-initial-delay",
                "10ms",
                prefix + "response-timeout",
                "500ms");
    }

    /** Whole UTC days around the history: the search interval the pipelines use, and its truth. */
    Instant from() {
        return sim.data().historyStart().truncatedTo(ChronoUnit.DAYS);
    }

    Instant to() {
        return clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    }

    String interval() {
        return from() + "/" + to();
    }

    Criteria completedInInterval() {
        return Criteria.startedBetween(from(), to()).completedOnly();
    }

    @Override
    public void close() {
        login.close();
        sim.stop();
    }
}
