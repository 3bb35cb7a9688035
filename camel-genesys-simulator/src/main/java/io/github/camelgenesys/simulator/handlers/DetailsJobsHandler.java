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
package io.github.camelgenesys.simulator.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.ActivityQuery;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Async details jobs: submit, status (QUEUED → PENDING → FULFILLED after the job delay; FAILED and EXPIRED
 * injectable), cursor-paged results as of the data availability date at submission, cancel, availability.
 * <p>
 * At most {@code maxConcurrentDetailsJobs} jobs may be QUEUED or PENDING at once per org; one more submission is a
 * 429 whose ErrorBody names the limit ({@code limit {key, namespace, value}}). The real limit and its error are not
 * published (docs/simulator.md). A journal of what happened to the jobs, in order, lets tests see how a client
 * overlapped them.
 */
public final class DetailsJobsHandler {
    private static final String BASE = "/api/v2/analytics/conversations/details/jobs";
    private static final long RESULTS_LIFETIME_MS = 86_400_000L;

    private enum Outcome {
        FULFILLED,
        FAILED,
        EXPIRED
    }

    /** One entry of the journal: what happened to which job (its interval as submitted), in the order it happened. */
    public record JobEvent(long seq, Type type, String jobId, String interval) {
        public enum Type {
            /** The job was accepted. */
            SUBMITTED,
            /** A submission was refused: too many jobs QUEUED or PENDING (jobId null). */
            REFUSED,
            /** The last results page (no cursor) was served. */
            LAST_PAGE,
            /** The job was cancelled (DELETE). */
            CANCELLED
        }
    }

    private static final int JOURNAL_MAX = 10_000;

    private static final class Job {
        final String id;
        final String interval;
        final ActivityQuery query;
        final long submittedMs;
        final Outcome outcome;
        volatile boolean cancelled;

        Job(String id, String interval, ActivityQuery query, long submittedMs, Outcome outcome) {
            this.id = id;
            this.interval = interval;
            this.query = query;
            this.submittedMs = submittedMs;
            this.outcome = outcome;
        }
    }

    private final SimulatorContext ctx;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger expireNext = new AtomicInteger();
    private final Deque<JobEvent> journal = new ArrayDeque<>();
    private long journalSeq;
    private int peakConcurrent;

    public DetailsJobsHandler(SimulatorContext ctx) {
        this.ctx = ctx;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", BASE + "/availability", Permissions.DETAILS_AVAILABILITY, this::availability),
                Route.of("POST", BASE, Permissions.DETAILS, this::submit),
                Route.of("GET", BASE + "/{jobId}/results", Permissions.DETAILS, this::results),
                Route.of("GET", BASE + "/{jobId}", Permissions.DETAILS, this::status),
                Route.of("DELETE", BASE + "/{jobId}", Permissions.DETAILS, this::cancel));
    }

    public void failNext(int n) {
        failNext.addAndGet(n);
    }

    public void expireNext(int n) {
        expireNext.addAndGet(n);
    }

    public Map<String, Long> countByState() {
        Map<String, Long> counts = new TreeMap<>();
        long now = ctx.now();
        jobs.values().forEach(j -> counts.merge(state(j, now), 1L, Long::sum));
        return counts;
    }

    /** The most recent journal entries (up to 10,000), oldest first. */
    public synchronized List<JobEvent> journal() {
        return new ArrayList<>(journal);
    }

    /** The most jobs that were QUEUED or PENDING at the same time (as seen at submissions). */
    public synchronized int peakConcurrent() {
        return peakConcurrent;
    }

    private synchronized void log(JobEvent.Type type, String jobId, String interval) {
        if (journal.size() >= JOURNAL_MAX) {
            journal.removeFirst();
        }
        journal.addLast(new JobEvent(++journalSeq, type, jobId, interval));
    }

    private int running(long now) {
        int n = 0;
        for (Job job : jobs.values()) {
            String state = state(job, now);
            if ("QUEUED".equals(state) || "PENDING".equals(state)) {
                n++;
            }
        }
        return n;
    }

    private long availabilityMs(long now) {
        return now - ctx.config().dataLag().toMillis();
    }

    private ApiResponse availability(ApiRequest request) {
        return ApiResponse.ok(Json.object().put("dataAvailabilityDate", Json.date(availabilityMs(ctx.now()))));
    }

    private synchronized ApiResponse submit(ApiRequest request) {
        QueryBodies.AsyncQuery q = Json.parse(request.body(), QueryBodies.AsyncQuery.class);
        long now = ctx.now();
        ActivityQuery query = AsyncQueries.resolve(ctx, "", q, availabilityMs(now));
        int max = ctx.config().maxConcurrentDetailsJobs();
        if (running(now) >= max) {
            log(JobEvent.Type.REFUSED, null, q.interval());
            throw new ApiError(
                            429,
                            "too.many.requests.retry.after",
                            "Too many conversation details jobs: at most " + max
                                    + " may be QUEUED or PENDING at once; retry when one has finished",
                            null)
                    .withLimit(OrganizationLimitsHandler.DETAILS_JOBS_CONCURRENT_MAX, "analytics", max);
        }
        Outcome outcome = take(failNext) ? Outcome.FAILED : take(expireNext) ? Outcome.EXPIRED : Outcome.FULFILLED;
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(id, q.interval(), query, now, outcome));
        peakConcurrent = Math.max(peakConcurrent, running(now));
        log(JobEvent.Type.SUBMITTED, id, q.interval());
        return ApiResponse.json(202, Json.object().put("jobId", id));
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private String state(Job job, long now) {
        if (job.cancelled) {
            return "CANCELLED";
        }
        long delay = ctx.config().jobDelay().toMillis();
        long elapsed = now - job.submittedMs;
        if (elapsed < delay / 2) {
            return "QUEUED";
        }
        if (elapsed < delay) {
            return "PENDING";
        }
        return job.outcome.name();
    }

    private Job job(ApiRequest request) {
        Job job = jobs.get(request.pathParam(1));
        if (job == null) {
            throw ApiError.notFound("details job " + request.pathParam(1));
        }
        return job;
    }

    private ApiResponse status(ApiRequest request) {
        Job job = job(request);
        long now = ctx.now();
        String state = state(job, now);
        ObjectNode body = Json.object().put("state", state);
        if ("FAILED".equals(state)) {
            body.put("errorMessage", "Simulated job failure");
        }
        body.put("submissionDate", Json.date(job.submittedMs));
        if (!"QUEUED".equals(state) && !"PENDING".equals(state)) {
            long completed = job.submittedMs + ctx.config().jobDelay().toMillis();
            body.put("completionDate", Json.date(completed));
            body.put("expirationDate", Json.date(completed + RESULTS_LIFETIME_MS));
        }
        return ApiResponse.ok(body);
    }

    private ApiResponse cancel(ApiRequest request) {
        Job job = job(request);
        job.cancelled = true;
        log(JobEvent.Type.CANCELLED, job.id, job.interval);
        return ApiResponse.noContent();
    }

    private ApiResponse results(ApiRequest request) {
        Job job = job(request);
        String state = state(job, ctx.now());
        if ("EXPIRED".equals(state)) {
            throw ApiError.notFound("results of details job " + job.id + " (EXPIRED)");
        }
        if (!"FULFILLED".equals(state)) {
            throw new ApiError(400, "bad.request", "Results are not available: the job is " + state, "jobId");
        }
        int max = ctx.config().jobResultsMaxPageSize();
        int pageSize = request.intQuery("pageSize", Math.min(1000, max));
        if (pageSize < 1 || pageSize > max) {
            throw ApiError.invalidValue("pageSize", "pageSize must be 1.." + max + ", got " + pageSize);
        }
        long[] position = null;
        long emitted = 0;
        String cursor = request.query("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            long[] decoded = decodeCursor(cursor);
            position = new long[] {decoded[0], decoded[1]};
            emitted = decoded[2];
        }
        ActivityQuery.Matches matches = job.query.iterate(ctx.store(), position);
        ObjectNode body = Json.object();
        ArrayNode conversations = body.putArray("conversations");
        long asOf = job.query.asOfMs();
        while (conversations.size() < pageSize && emitted < job.query.limit() && matches.hasNext()) {
            Conversation c = matches.next();
            conversations.add(ctx.renderer().render(c, asOf));
            emitted++;
        }
        if (emitted < job.query.limit() && matches.hasNext()) {
            long[] p = matches.position();
            body.put("cursor", encodeCursor(p[0], p[1], emitted));
        } else {
            log(JobEvent.Type.LAST_PAGE, job.id, job.interval);
        }
        body.put("dataAvailabilityDate", Json.date(asOf));
        return ApiResponse.ok(body);
    }

    private static String encodeCursor(long gen, long inj, long emitted) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((gen + ":" + inj + ":" + emitted).getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decodeCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ApiError.invalidValue("cursor", "cursor is not one this API returned: '" + cursor + "'");
        }
    }
}
