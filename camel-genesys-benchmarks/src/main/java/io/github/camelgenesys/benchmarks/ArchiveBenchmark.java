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

import io.github.camelgenesys.archive.ArchiveSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Archive: {@code ids} voice conversation ids through the archive producer (batchSize 100, 2 concurrent jobs) at the
 * given job delay. Slot occupancy = the mean number of jobs in PENDING or PROCESSING (sampled every 25 ms from the
 * simulator) over the 2 slots, from the first job to the end. Requests per job: the recording-jobs API requests the
 * simulator served (create, status, execute, cancel, failed recordings) per job created; status polls per job: the
 * {@code GET /api/v2/recording/jobs/{jobId}} among them.
 */
final class ArchiveBenchmark {

    record Row(
            int ids,
            long jobDelayMs,
            double seconds,
            double conversationsPerSecond,
            double slotOccupancyPercent,
            long recordingsArchived,
            long archivedTwice,
            int peakConcurrentJobs,
            double requestsPerJob,
            double statusPollsPerJob) {}

    private static final String JOBS = "/api/v2/recording/jobs";

    private ArchiveBenchmark() {}

    static Row run(int ids, Duration jobDelay) throws Exception {
        try (BenchOrg org = new BenchOrg(ids * 3L, 30, 0, jobDelay)) {
            List<String> voice = org.sim
                    .data()
                    .conversationIds(io.github.camelgenesys.simulator.ConversationData.Criteria.startedBetween(
                                    org.from(), org.to())
                            .completedOnly()
                            .mediaType("voice"))
                    .limit(ids)
                    .collect(Collectors.toList());
            long[] samples = new long[2];
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread sampler = new Thread(
                    () -> {
                        boolean started = false;
                        while (running.get()) {
                            Map<String, Long> states = org.sim.stats().recordingJobsByState();
                            long busy = states.getOrDefault("PENDING", 0L) + states.getOrDefault("PROCESSING", 0L);
                            started |= busy > 0;
                            if (started) {
                                samples[0] += busy;
                                samples[1]++;
                            }
                            try {
                                Thread.sleep(25);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "slot-sampler");
            try (CamelContext context = new DefaultCamelContext()) {
                context.start();
                sampler.start();
                long start = System.nanoTime();
                ArchiveSummary summary = context.createProducerTemplate()
                        .requestBody(
                                org.uri(
                                        "archive",
                                        "batchSize=100&maxConcurrentJobs=2&jobPollInterval=50ms&rateLimitPerMinute=0"),
                                voice.iterator(),
                                ArchiveSummary.class);
                double seconds = (System.nanoTime() - start) / 1e9;
                running.set(false);
                sampler.join();
                var stats = org.sim.stats();
                double occupancy = samples[1] == 0 ? 0 : 100.0 * samples[0] / samples[1] / 2;
                long jobs = Math.max(1, stats.requestCount("POST " + JOBS, 202));
                long polls = stats.requestCount("GET " + JOBS + "/{jobId}");
                long requests = stats.requestCount("POST " + JOBS)
                        + polls
                        + stats.requestCount("PUT " + JOBS + "/{jobId}")
                        + stats.requestCount("DELETE " + JOBS + "/{jobId}")
                        + stats.requestCount("GET " + JOBS + "/{jobId}/failedrecordings");
                return new Row(
                        voice.size(),
                        jobDelay.toMillis(),
                        seconds,
                        voice.size() / seconds,
                        occupancy,
                        stats.recordingsArchived(),
                        stats.recordingsArchivedMoreThanOnce(),
                        stats.maxConcurrentRecordingJobs(),
                        (double) requests / jobs,
                        (double) polls / jobs);
            }
        }
    }
}
