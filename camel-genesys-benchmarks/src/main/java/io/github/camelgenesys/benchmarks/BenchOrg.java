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
package io.github.camelgenesys.benchmarks;

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An in-process simulator for one measurement, with the endpoint URIs and a plain OAuth token for the SDK peer. */
final class BenchOrg implements AutoCloseable {

    final GenesysCloudSimulator sim;
    final BenchClock clock = new BenchClock();

    BenchOrg(long conversations, int days, int rateLimitPerMinute, Duration jobDelay) {
        this(conversations, days, rateLimitPerMinute, jobDelay, RateLimiter.Model.FIXED_WINDOW);
    }

    BenchOrg(long conversations, int days, int rateLimitPerMinute, Duration jobDelay, RateLimiter.Model model) {
        this(conversations, days, rateLimitPerMinute, jobDelay, model, 2);
    }

    /** With the details jobs the org allows at once (QUEUED or PENDING; the simulator's default is 2). */
    BenchOrg(
            long conversations,
            int days,
            int rateLimitPerMinute,
            Duration jobDelay,
            RateLimiter.Model model,
            int maxConcurrentDetailsJobs) {
        sim = GenesysCloudSimulator.builder()
                .maxConcurrentDetailsJobs(maxConcurrentDetailsJobs)
                .conversations(conversations)
                .days(days)
                .seed(42L)
                .rateLimitPerMinute(rateLimitPerMinute)
                .rateLimitModel(model)
                .jobDelay(jobDelay)
                .liveRatePerMinute(0)
                .queues(50)
                .clock(clock)
                .build();
        sim.start();
        // every historical conversation complete and below the analytics watermark
        clock.shift(Duration.ofHours(2));
    }

    OrgAddress address() {
        return new OrgAddress(sim.baseUrl(), sim.clientId(), sim.clientSecret());
    }

    String uri(String operation, String options) {
        return address().uri(operation, options);
    }

    Instant from() {
        return sim.data().historyStart().truncatedTo(ChronoUnit.DAYS);
    }

    Instant to() {
        return clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    }

    /** The whole history as whole UTC days: what the search extraction asks for. */
    String interval() {
        return from() + "/" + to();
    }

    long completedConversations() {
        return sim.data().count(Criteria.startedBetween(from(), to()).completedOnly());
    }

    String token() throws IOException, InterruptedException {
        return address().token();
    }

    /** API requests served (every endpoint but the login). */
    long apiRequests() {
        return sim.stats().requests().entrySet().stream()
                .filter(e -> !e.getKey().contains("/oauth/token"))
                .flatMap(e -> e.getValue().values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    @Override
    public void close() {
        sim.stop();
    }
}
