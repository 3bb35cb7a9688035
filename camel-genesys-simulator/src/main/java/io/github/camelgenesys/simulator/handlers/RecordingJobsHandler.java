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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.ActivityQuery;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.Ids;
import io.github.camelgenesys.simulator.data.QueryBodies;
import io.github.camelgenesys.simulator.data.RecordingStates;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * Recording bulk jobs: PENDING → READY (after the job delay, totals known) → PUT PROCESSING → FULFILLED (after the
 * job delay; the action is applied to every recording), FAILED injectable, DELETE → CANCELLED. At most
 * {@code maxConcurrentRecordingJobs} jobs may be PENDING or PROCESSING at once.
 */
public final class RecordingJobsHandler {
    private static final String BASE = "/api/v2/recording/jobs";
    private static final Set<String> ACTIONS = Set.of("ARCHIVE", "DELETE", "EXPORT");
    private static final long DAY_MS = 86_400_000L;

    /** RecordingJobsQuery as the API defines it. */
    public record JobsQuery(
            String action,
            String actionDate,
            Integer actionAge,
            String screenRecordingActionDate,
            Integer screenRecordingActionAge,
            String integrationId,
            Boolean includeRecordingsWithSensitiveData,
            Boolean includeScreenRecordings,
            Boolean includePolicyBasedRecordings,
            Boolean includeSnippetRecordings,
            Boolean clearExport,
            QueryBodies.AsyncQuery conversationQuery,
            JsonNode agedConversationInterval) {}

    /** ExecuteRecordingJobsQuery. */
    public record Execute(String state) {}

    private static final class Job {
        final String id;
        final JobsQuery request;
        final ActivityQuery query;
        final long createdMs;
        final boolean willFail;
        final String owner;
        String state = "PENDING";
        long stateSinceMs;
        int totalConversations;
        int totalRecordings;

        Job(String id, JobsQuery request, ActivityQuery query, long createdMs, boolean willFail, String owner) {
            this.id = id;
            this.owner = owner;
            this.request = request;
            this.query = query;
            this.createdMs = createdMs;
            this.stateSinceMs = createdMs;
            this.willFail = willFail;
        }
    }

    private final SimulatorContext ctx;
    private final RecordingStates recordings;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private int peakConcurrent;

    public RecordingJobsHandler(SimulatorContext ctx, RecordingStates recordings) {
        this.ctx = ctx;
        this.recordings = recordings;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("POST", BASE, Permissions.RECORDING_JOB_ADD, this::create),
                Route.of("GET", BASE, Permissions.RECORDING_JOB_VIEW, this::list),
                Route.of("GET", BASE + "/{jobId}/failedrecordings", Permissions.RECORDING_JOB_VIEW, this::failed),
                Route.of("GET", BASE + "/{jobId}", Permissions.RECORDING_JOB_VIEW, this::get),
                Route.of("PUT", BASE + "/{jobId}", Permissions.RECORDING_JOB_EDIT, this::execute),
                Route.of("DELETE", BASE + "/{jobId}", Permissions.RECORDING_JOB_DELETE, this::delete));
    }

    public void failNext(int n) {
        failNext.addAndGet(n);
    }

    public synchronized Map<String, Long> countByState() {
        advance();
        Map<String, Long> counts = new TreeMap<>();
        jobs.values().forEach(j -> counts.merge(j.state, 1L, Long::sum));
        return counts;
    }

    public synchronized int peakConcurrent() {
        advance();
        return peakConcurrent;
    }

    /** Moves every job along the clock; applies actions of jobs whose processing finished. */
    public synchronized void advance() {
        long now = ctx.now();
        long delay = ctx.config().jobDelay().toMillis();
        for (Job job : jobs.values()) {
            if ("PENDING".equals(job.state) && now - job.stateSinceMs >= delay) {
                count(job);
                transition(job, "READY", job.stateSinceMs + delay);
            }
            if ("PROCESSING".equals(job.state) && now - job.stateSinceMs >= delay) {
                long done = job.stateSinceMs + delay;
                if (job.willFail) {
                    transition(job, "FAILED", done);
                } else {
                    applyAction(job, done);
                    transition(job, "FULFILLED", done);
                }
            }
        }
    }

    private void transition(Job job, String state, long at) {
        job.state = state;
        job.stateSinceMs = at;
        peakConcurrent = Math.max(peakConcurrent, concurrent());
    }

    private int concurrent() {
        return (int) jobs.values().stream()
                .filter(j -> "PENDING".equals(j.state) || "PROCESSING".equals(j.state))
                .count();
    }

    private void count(Job job) {
        ActivityQuery.Matches matches = job.query.iterate(ctx.store(), null);
        int conversations = 0;
        int recs = 0;
        while (matches.hasNext() && conversations < job.query.limit()) {
            Conversation c = matches.next();
            conversations++;
            if (c.hasRecording()) {
                recs++;
            }
        }
        job.totalConversations = conversations;
        job.totalRecordings = recs;
    }

    private void applyAction(Job job, long now) {
        String action = job.request.action();
        for (Iterator<Conversation> it = recordedConversations(job); it.hasNext(); ) {
            Conversation c = it.next();
            String recordingId = ctx.ids().id(Ids.RECORDING, c.index());
            long when = job.request.actionDate() != null
                    ? parseDate("actionDate", job.request.actionDate())
                    : c.endMs() + job.request.actionAge() * DAY_MS;
            recordings.apply(recordingId, action, when, now);
            ctx.stats().recordingAction(recordingId, action);
        }
    }

    /** The job's conversations (within its limit) that have a recording, read lazily from the store. */
    private Iterator<Conversation> recordedConversations(Job job) {
        ActivityQuery.Matches matches = job.query.iterate(ctx.store(), null);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(matches, Spliterator.ORDERED), false)
                .limit(job.query.limit())
                .filter(Conversation::hasRecording)
                .iterator();
    }

    private void checkLimit() {
        int max = ctx.config().maxConcurrentRecordingJobs();
        if (concurrent() >= max) {
            throw new ApiError(
                            ctx.config().recordingJobLimitStatus(),
                            "recording.job.concurrency.limit.exceeded",
                            "Each organization can run at most " + max
                                    + " recording jobs in PENDING or PROCESSING state;"
                                    + " wait until one is READY, FULFILLED, FAILED or CANCELLED",
                            null)
                    .withLimit(OrganizationLimitsHandler.RECORDING_JOBS_CONCURRENT_MAX, "recording", max);
        }
    }

    private synchronized ApiResponse create(ApiRequest request) {
        JobsQuery q = Json.parse(request.body(), JobsQuery.class);
        if (q.action() == null || !ACTIONS.contains(q.action())) {
            throw ApiError.invalidValue(
                    "action",
                    "action must be one of [ARCHIVE, DELETE, EXPORT], got "
                            + (q.action() == null ? "nothing" : "'" + q.action() + "'"));
        }
        if ((q.actionDate() == null) == (q.actionAge() == null)) {
            throw ApiError.badRequest("actionDate", "exactly one of actionDate or actionAge is required");
        }
        if (q.actionDate() != null) {
            parseDate("actionDate", q.actionDate());
        }
        if (q.actionAge() != null && q.actionAge() < 0) {
            throw ApiError.invalidValue("actionAge", "actionAge must be >= 0 days, got " + q.actionAge());
        }
        if ("EXPORT".equals(q.action())
                && (q.integrationId() == null || q.integrationId().isBlank())) {
            throw ApiError.badRequest("integrationId", "integrationId is required for action EXPORT");
        }
        if (q.agedConversationInterval() != null) {
            throw ApiError.badRequest(
                    "agedConversationInterval",
                    "agedConversationInterval is not supported by the" + " simulator; use conversationQuery");
        }
        if (q.conversationQuery() == null) {
            throw ApiError.badRequest("conversationQuery", "conversationQuery is required");
        }
        long now = ctx.now();
        // a job matches only what the data lake holds: recordings younger than the inclusion lag are not matched
        long lag = Math.max(
                ctx.config().dataLag().toMillis(),
                ctx.config().recordingInclusionLag().toMillis());
        ActivityQuery query = AsyncQueries.resolve(ctx, "conversationQuery.", q.conversationQuery(), now - lag);
        advance();
        checkLimit();
        boolean fail = failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        Job job = new Job(UUID.randomUUID().toString(), q, query, now, fail, caller(request));
        jobs.put(job.id, job);
        peakConcurrent = Math.max(peakConcurrent, concurrent());
        return ApiResponse.json(202, render(job, now));
    }

    private Job job(ApiRequest request) {
        Job job = jobs.get(request.pathParam(1));
        if (job == null) {
            throw ApiError.notFound("recording job " + request.pathParam(1));
        }
        return job;
    }

    private synchronized ApiResponse get(ApiRequest request) {
        advance();
        return ApiResponse.ok(render(job(request), ctx.now()));
    }

    private String caller(ApiRequest request) {
        var grant = request.accessToken() == null ? null : ctx.tokens().grant(request.accessToken());
        return grant == null ? null : grant.clientId();
    }

    /**
     * {@code GET /api/v2/recording/jobs?pageSize&pageNumber&sortBy&state&showOnlyMyJobs&jobType&includeTotal&cursor}
     * (SDK {@code getRecordingJobs}): with {@code includeTotal=false} the page is located by {@code cursor}
     * ({@code nextUri} carries the next one) and no total is counted.
     */
    private synchronized ApiResponse list(ApiRequest request) {
        advance();
        int pageSize = pageSize(request);
        int pageNumber = pageNumber(request);
        String state =
                oneOf(request, "state", Set.of("FULFILLED", "PENDING", "READY", "PROCESSING", "CANCELLED", "FAILED"));
        String jobType = oneOf(request, "jobType", ACTIONS);
        String sortBy = oneOf(request, "sortBy", Set.of("userId", "dateCreated"));
        boolean mine = bool(request, "showOnlyMyJobs", false);
        boolean includeTotal = bool(request, "includeTotal", true);
        String owner = caller(request);
        List<Job> matching = new ArrayList<>();
        jobs.values().forEach(j -> {
            if ((state == null || state.equals(j.state))
                    && (jobType == null || jobType.equals(j.request.action()))
                    && (!mine || java.util.Objects.equals(owner, j.owner))) {
                matching.add(j);
            }
        });
        if ("userId".equals(sortBy) || sortBy == null) {
            matching.sort(java.util.Comparator.comparing((Job j) -> String.valueOf(j.owner))
                    .thenComparingLong(j -> j.createdMs));
        }
        int offset = (pageNumber - 1) * pageSize;
        String cursor = request.query("cursor");
        if (!includeTotal && cursor != null) {
            offset = decodeCursor(cursor);
        }
        ObjectNode body = Json.object();
        ArrayNode entities = body.putArray("entities");
        long now = ctx.now();
        for (int i = offset; i < Math.min(matching.size(), offset + pageSize); i++) {
            entities.add(render(matching.get(i), now));
        }
        body.put("pageSize", pageSize);
        if (includeTotal) {
            body.put("pageNumber", pageNumber)
                    .put("total", matching.size())
                    .put("pageCount", (matching.size() + pageSize - 1) / pageSize);
        } else if (offset + pageSize < matching.size()) {
            String next = java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            String.valueOf(offset + pageSize).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.put(
                    "nextUri",
                    BASE + "?pageSize=" + pageSize + "&includeTotal=false&cursor=" + next
                            + (state == null ? "" : "&state=" + state) + (jobType == null ? "" : "&jobType=" + jobType)
                            + (sortBy == null ? "" : "&sortBy=" + sortBy) + (mine ? "&showOnlyMyJobs=true" : ""));
        }
        body.put("selfUri", BASE);
        return ApiResponse.ok(body);
    }

    private static int decodeCursor(String cursor) {
        try {
            int offset = Integer.parseInt(new String(
                    java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8));
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidValue("cursor", "cursor is not valid: '" + cursor + "'");
        }
    }

    private static String oneOf(ApiRequest request, String name, Set<String> allowed) {
        String value = request.query(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ApiError.invalidValue(
                    name, name + " must be one of " + new java.util.TreeSet<>(allowed) + ", got '" + value + "'");
        }
        return value;
    }

    private static boolean bool(ApiRequest request, String name, boolean defaultValue) {
        String value = request.query(name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiError.invalidValue(name, name + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static int pageSize(ApiRequest request) {
        int pageSize = request.intQuery("pageSize", 25);
        if (pageSize < 1 || pageSize > 100) {
            throw ApiError.invalidValue("pageSize", "pageSize must be 1..100, got " + pageSize);
        }
        return pageSize;
    }

    private static int pageNumber(ApiRequest request) {
        int pageNumber = request.intQuery("pageNumber", 1);
        if (pageNumber < 1) {
            throw ApiError.invalidValue("pageNumber", "pageNumber must be >= 1, got " + pageNumber);
        }
        return pageNumber;
    }

    private synchronized ApiResponse execute(ApiRequest request) {
        advance();
        Job job = job(request);
        Execute body = Json.parse(request.body(), Execute.class);
        if (!"PROCESSING".equals(body.state())) {
            throw ApiError.invalidValue(
                    "state",
                    "state must be PROCESSING, got " + (body.state() == null ? "nothing" : "'" + body.state() + "'"));
        }
        if (!"READY".equals(job.state)) {
            throw new ApiError(
                    400, "bad.request", "The job can only be executed when READY; it is " + job.state, "state");
        }
        checkLimit();
        transition(job, "PROCESSING", ctx.now());
        return ApiResponse.ok(render(job, ctx.now()));
    }

    private synchronized ApiResponse delete(ApiRequest request) {
        advance();
        Job job = job(request);
        if (Set.of("PENDING", "READY", "PROCESSING").contains(job.state)) {
            transition(job, "CANCELLED", ctx.now());
        }
        return ApiResponse.noContent();
    }

    private synchronized ApiResponse failed(ApiRequest request) {
        advance();
        Job job = job(request);
        int pageSize = pageSize(request);
        int pageNumber = pageNumber(request);
        int total = "FAILED".equals(job.state) ? job.totalRecordings : 0;
        ObjectNode body = Json.object();
        ArrayNode entities = body.putArray("entities");
        if (total > 0) {
            Iterator<Conversation> it = recordedConversations(job);
            long skip = (long) (pageNumber - 1) * pageSize;
            for (long i = 0; i < skip && it.hasNext(); i++) {
                it.next();
            }
            while (it.hasNext() && entities.size() < pageSize) {
                Conversation c = it.next();
                String recordingId = ctx.ids().id(Ids.RECORDING, c.index());
                ObjectNode failed = entities.addObject();
                failed.putObject("conversation").put("id", c.id()).put("selfUri", "/api/v2/conversations/" + c.id());
                failed.putObject("recording")
                        .put("id", recordingId)
                        .put("selfUri", "/api/v2/conversations/" + c.id() + "/recordings/" + recordingId);
            }
        }
        body.put("pageSize", pageSize)
                .put("pageNumber", pageNumber)
                .put("total", total)
                .put("pageCount", (total + pageSize - 1) / pageSize);
        body.put(
                "selfUri",
                BASE + "/" + job.id + "/failedrecordings?pageSize=" + pageSize + "&pageNumber=" + pageNumber);
        return ApiResponse.ok(body);
    }

    private ObjectNode render(Job job, long now) {
        ObjectNode r = Json.object();
        r.put("id", job.id);
        r.put("state", job.state);
        r.set("recordingJobsQuery", Json.MAPPER.valueToTree(job.request));
        r.put("dateCreated", Json.date(job.createdMs));
        boolean counted =
                !"PENDING".equals(job.state) && !("CANCELLED".equals(job.state) && job.totalConversations == 0);
        if (counted) {
            r.put("totalConversations", job.totalConversations);
            r.put("totalRecordings", job.totalRecordings);
            r.put("totalSkippedRecordings", 0);
            r.put("totalFailedRecordings", "FAILED".equals(job.state) ? job.totalRecordings : 0);
            r.put("totalProcessedRecordings", "FULFILLED".equals(job.state) ? job.totalRecordings : 0);
        }
        int percent = switch (job.state) {
            case "FULFILLED", "FAILED" -> 100;
            case "PROCESSING" ->
                (int) Math.min(
                        99,
                        (now - job.stateSinceMs)
                                * 100
                                / Math.max(1, ctx.config().jobDelay().toMillis()));
            default -> 0;
        };
        r.put("percentProgress", percent);
        if ("FAILED".equals(job.state)) {
            r.put("errorMessage", "Simulated recording job failure");
        }
        r.put("failedRecordings", BASE + "/" + job.id + "/failedrecordings");
        r.put("selfUri", BASE + "/" + job.id);
        return r;
    }

    static long parseDate(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new ApiError(
                    400, "invalid.date", field + " must be an ISO-8601 date-time, got '" + value + "'", field);
        }
    }
}
