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

import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A details-job backfill (genesys:analytics mode=details, 1-day windows) of a history with a long job delay under a
 * rate limit: the wall time from the route's start to the last conversation delivered, against the budget-bound
 * minimum = requests needed / allowed rate + one job's delay. Requests needed: every results page the run read, and
 * per window one submission and one status poll, plus one availability read. Run once per
 * {@code maxConcurrentDetailsJobs} (1 = one window's job at a time, as before the overlap), each against a fresh
 * simulator that allows that many jobs at once.
 */
final class BackfillBenchmark {

    private static final String JOBS = "/api/v2/analytics/conversations/details/jobs";

    record Row(
            int maxConcurrentDetailsJobs,
            int days,
            long conversations,
            long delivered,
            Duration jobDelay,
            int limitPerMinute,
            long jobs,
            long pages,
            long statusPolls,
            long requests,
            long rateLimited,
            double seconds) {

        /** Requests the backfill cannot do without. */
        long requestsNeeded() {
            return pages + 2 * jobs + 1;
        }

        double minimumSeconds() {
            return requestsNeeded() / (limitPerMinute / 60.0) + jobDelay.toMillis() / 1000.0;
        }

        double ratio() {
            return seconds / minimumSeconds();
        }
    }

    private BackfillBenchmark() {}

    static Row run(int days, long conversations, Duration jobDelay, int limitPerMinute, int maxConcurrentDetailsJobs)
            throws Exception {
        try (BenchOrg org = new BenchOrg(
                conversations,
                days,
                limitPerMinute,
                jobDelay,
                RateLimiter.Model.FIXED_WINDOW,
                maxConcurrentDetailsJobs)) {
            long expected = org.completedConversations();
            AtomicLong delivered = new AtomicLong();
            String uri = org.uri(
                    "analytics",
                    "startDate=" + org.from() + "&windowSize=1d&delay=1000&initialDelay=0&rateLimitPerMinute="
                            + limitPerMinute + "&maxConcurrentDetailsJobs=" + maxConcurrentDetailsJobs);
            try (CamelContext context = new DefaultCamelContext()) {
                context.getShutdownStrategy().setTimeout(5);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri).routeId("backfill").process(exchange -> delivered.incrementAndGet());
                    }
                });
                long start = System.nanoTime();
                context.start();
                // generous: one job's delay per window plus the pages at the allowed rate, twice over
                long bound = System.nanoTime()
                        + Duration.ofSeconds(120)
                                .plus(jobDelay.multipliedBy(2L * (days + 2)))
                                .plus(Duration.ofSeconds(2 * conversations / 1000 * 60 / limitPerMinute))
                                .toNanos();
                while (delivered.get() < expected && System.nanoTime() - bound < 0) {
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                var stats = org.sim.stats();
                return new Row(
                        maxConcurrentDetailsJobs,
                        days,
                        expected,
                        delivered.get(),
                        jobDelay,
                        limitPerMinute,
                        stats.requestCount("POST " + JOBS),
                        stats.requestCount("GET " + JOBS + "/{jobId}/results"),
                        stats.requestCount("GET " + JOBS + "/{jobId}"),
                        org.apiRequests(),
                        stats.rateLimited429(),
                        seconds);
            }
        }
    }
}
