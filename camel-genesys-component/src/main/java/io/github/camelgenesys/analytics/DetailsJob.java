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
package io.github.camelgenesys.analytics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import io.github.camelgenesys.model.ConversationPage;
import io.github.camelgenesys.model.PagedConversation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One async details job for one query, as one logical unit: submit, poll the status with a growing delay until
 * FULFILLED, then page the results lazily by cursor, each page bound straight to records
 * ({@link ConversationPage}). A job that ends FAILED, CANCELLED or EXPIRED (also while its
 * results are being read: 404) is submitted again, at most {@code maxResubmits} times; a resubmitted job starts its
 * results from the beginning, and the caller skips what it delivered already (see {@link Checkpoint}).
 * <p>
 * Every deadline and delay follows the client's {@link TimeSource}. The status waits run on the thread that calls
 * {@link #nextPage()}: the consumer's poll thread, from Camel's scheduled executor; they end within one wait slice
 * when the stop signal turns false.
 * <p>
 * Thread safety: {@link #nextPage()} (the polling thread) and {@link #cancel()} (the polling thread, or the stopping
 * thread while the polling thread works) are both synchronized on the job, so a cancel never races a submission: it
 * waits for the page read or status wait in progress, which ends within 200 ms once the consumer stops (its stop
 * signal is false before the consumer cancels), and then cancels the job that submission created. The getters read
 * volatile fields or fields written only by the polling thread.
 */
final class DetailsJob {

    static final String JOBS = "/api/v2/analytics/conversations/details/jobs";
    static final String CODE_JOB_FAILED = "job.failed";
    static final String CODE_JOB_TIMEOUT = "job.timeout";

    private static final Logger LOG = LoggerFactory.getLogger(DetailsJob.class);

    private final GenesysClient client;
    private final ObjectNode query;
    private final String queryHash;
    private final String label;
    private final JobSettings settings;
    private final JobAudit audit;
    private final StopSignal stop;
    private final TimeSource time;

    private volatile String jobId;
    private volatile boolean finished;
    private volatile boolean exhausted;
    /** The job {@link #jobId} is FULFILLED: its results can be read. */
    private boolean fulfilled;

    private boolean cancelled;
    private String cursor;
    private int submissions;
    private long startNanos;
    private long jobStartNanos;
    private long pages;
    private long received;

    DetailsJob(
            GenesysClient client,
            ObjectNode query,
            String queryHash,
            String label,
            JobSettings settings,
            JobAudit audit,
            StopSignal stop) {
        this.client = client;
        this.query = query;
        this.queryHash = queryHash;
        this.label = label;
        this.settings = settings;
        this.audit = audit;
        this.stop = stop;
        this.time = client.timeSource();
    }

    String jobId() {
        return jobId;
    }

    /** True once every results page was read. */
    boolean exhausted() {
        return exhausted;
    }

    long pages() {
        return pages;
    }

    long received() {
        return received;
    }

    /**
     * The next page of conversations (possibly empty), or null when the results are exhausted or the consumer is
     * stopping. Submits and awaits the job first.
     *
     * @throws GenesysException when the job failed more often than allowed, timed out, or an API call failed
     */
    synchronized List<PagedConversation> nextPage() {
        while (!finished) {
            if (!fulfilled && !(jobId == null ? submitAndAwait() : awaitSubmitted())) {
                return null;
            }
            if (!stop.isRunning()) {
                return null;
            }
            ConversationPage page;
            try {
                page = client.get(
                                JOBS + "/" + jobId + "/results",
                                pageQuery(),
                                ConversationPage.type(settings.keepRawJson()))
                        .body();
            } catch (GenesysException e) {
                if (e.getStatus() != 404) {
                    throw e;
                }
                onUnsuccessful("EXPIRED", "results are gone (404) after " + pages + " page(s)");
                continue;
            }
            List<PagedConversation> conversations = page == null ? List.of() : page.conversations();
            pages++;
            received += conversations.size();
            cursor = page == null || page.cursor() == null || page.cursor().isBlank() ? null : page.cursor();
            double seconds = Math.max(0.001, (time.nanoTime() - jobStartNanos) / 1e9);
            LOG.info(
                    "Details job {} ({}): page {} with {} conversations ({} so far, {} conversations/s)",
                    jobId,
                    label,
                    pages,
                    conversations.size(),
                    received,
                    Math.round(received / seconds));
            if (cursor == null) {
                exhausted = true;
                finished = true;
                audit.completed(
                        jobId,
                        queryHash,
                        elapsedMillis(startNanos),
                        Map.of("pages", pages, "conversations", received, "submissions", (long) submissions));
                LOG.info(
                        "Details job {} ({}) done: {} pages, {} conversations, {} submission(s)",
                        jobId,
                        label,
                        pages,
                        received,
                        submissions);
            }
            return conversations;
        }
        return null;
    }

    /**
     * Submits the job without waiting for it: how {@link JobPipeline} starts the jobs of later windows ahead of their
     * turn ({@link #prepare()} awaits it then). False when the job was cancelled or the consumer stops first. Holding
     * the job's lock, so a {@link #cancel()} either comes first (nothing is submitted) or cancels what this submitted.
     *
     * @throws GenesysException when the submission failed
     */
    synchronized boolean submitAhead() {
        if (finished || !stop.isRunning()) {
            return false;
        }
        if (jobId == null) {
            submit();
        }
        return true;
    }

    /**
     * Submits the job if that was not done yet and waits until it is FULFILLED, without reading a page. False when
     * the job was cancelled or the consumer stops first (the job is then of no further use).
     *
     * @throws GenesysException as {@link #nextPage()}
     */
    synchronized boolean prepare() {
        if (finished || !stop.isRunning()) {
            return false;
        }
        return fulfilled || (jobId == null ? submitAndAwait() : awaitSubmitted());
    }

    /**
     * Ends the job: no further page is read, and the job is cancelled (DELETE) unless its results were read
     * completely. A cancel that failed (logged, not thrown) is tried again by the next call, e.g. the consumer's stop.
     */
    synchronized void cancel() {
        finished = true;
        String id = jobId;
        if (id == null || exhausted || cancelled) {
            return;
        }
        // a stop may have interrupted the polling thread; the job is cancelled all the same
        boolean interrupted = Thread.interrupted();
        try {
            client.delete(JOBS + "/" + id, Void.class);
            cancelled = true;
            audit.cancelled(id, queryHash, elapsedMillis(startNanos));
            LOG.info("Details job {} ({}) cancelled", id, label);
        } catch (RuntimeException e) {
            LOG.warn("Could not cancel details job {} ({}): {}", id, label, e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Map<String, Object> pageQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pageSize", settings.pageSize());
        if (cursor != null) {
            params.put("cursor", cursor);
        }
        return params;
    }

    /** Submits until a job is FULFILLED; false when the consumer stops first. */
    private boolean submitAndAwait() {
        submit();
        return awaitSubmitted();
    }

    /** Awaits the submitted job (submitting it again when it failed) until one is FULFILLED; false on a stop. */
    private boolean awaitSubmitted() {
        while (true) {
            String state = await();
            if (state == null) {
                return false;
            }
            if ("FULFILLED".equals(state)) {
                LOG.info("Details job {} ({}) FULFILLED after {} ms", jobId, label, elapsedMillis(jobStartNanos));
                fulfilled = true;
                return true;
            }
            onUnsuccessful(state, "the job ended " + state);
            submit();
        }
    }

    private void onUnsuccessful(String state, String why) {
        String failed = jobId;
        audit.failed(failed, queryHash, elapsedMillis(jobStartNanos), why);
        jobId = null;
        fulfilled = false;
        cursor = null;
        if (submissions > settings.maxResubmits()) {
            finished = true;
            throw GenesysException.builder(
                            0,
                            CODE_JOB_FAILED,
                            "Details job " + failed + " (" + label + "): " + why
                                    + "; gave up after " + submissions + " submission(s) (maxJobResubmits="
                                    + settings.maxResubmits() + ")")
                    .build();
        }
        LOG.warn(
                "Details job {} ({}): {}; resubmitting ({} of at most {} resubmits)",
                failed,
                label,
                why,
                submissions,
                settings.maxResubmits());
    }

    private void submit() {
        if (startNanos == 0) {
            startNanos = time.nanoTime();
        }
        jobStartNanos = time.nanoTime();
        submissions++;
        JobSubmission submission;
        try {
            submission = client.postCreate(JOBS, query, JobSubmission.class).body();
            if (submission == null || submission.jobId() == null) {
                throw GenesysException.builder(
                                0, GenesysException.CODE_INVALID_RESPONSE, "POST " + JOBS + " returned no jobId")
                        .build();
            }
        } catch (RuntimeException e) {
            audit.submissionFailed(queryHash, elapsedMillis(jobStartNanos), JobAudit.describe(e));
            throw e;
        }
        jobId = submission.jobId();
        audit.submitted(jobId, queryHash, submissions);
        LOG.info("Details job {} submitted for {} (query {}, submission {})", jobId, label, queryHash, submissions);
    }

    /** Polls the status until the job leaves QUEUED/PENDING; null when the consumer stops first. */
    private String await() {
        // the first status poll comes pollInterval after the submission: at once for a job submitted ahead long ago
        Duration sinceSubmission = Duration.ofNanos(time.nanoTime() - jobStartNanos);
        Duration first = settings.pollInterval().minus(sinceSubmission);
        Duration delay = first.isNegative() ? Duration.ZERO : first;
        long deadline = jobStartNanos + settings.timeout().toNanos();
        String lastState = null;
        while (stop.sleep(delay, time)) {
            JobStatus status =
                    client.get(JOBS + "/" + jobId, null, JobStatus.class).body();
            String state = status == null || status.state() == null ? "UNKNOWN" : status.state();
            if (!state.equals(lastState)) {
                LOG.info(
                        "Details job {} ({}): {}{}",
                        jobId,
                        label,
                        state,
                        status != null && status.errorMessage() != null ? " (" + status.errorMessage() + ")" : "");
                lastState = state;
            }
            if (status == null || !status.isRunning()) {
                return state;
            }
            if (time.nanoTime() - deadline > 0) {
                String id = jobId;
                cancel();
                audit.failed(id, queryHash, elapsedMillis(jobStartNanos), "timeout");
                throw GenesysException.builder(
                                0,
                                CODE_JOB_TIMEOUT,
                                "Details job " + id + " (" + label + ") still " + state + " after jobTimeout "
                                        + settings.timeout())
                        .build();
            }
            delay = settings.nextPollDelay(delay.isZero() ? settings.pollInterval() : delay);
        }
        return null;
    }

    private long elapsedMillis(long since) {
        return since == 0 ? 0 : (time.nanoTime() - since) / 1_000_000;
    }
}
