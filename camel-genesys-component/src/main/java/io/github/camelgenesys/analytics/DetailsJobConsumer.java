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
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.OrgLimits;
import io.github.camelgenesys.consumer.ConsumerState;
import io.github.camelgenesys.model.PagedConversation;
import io.github.camelgenesys.query.QueryHash;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mode=details: incremental extraction with async details jobs, delivered one window at a time, never past the
 * data-availability watermark, with a checkpoint saved after every delivered exchange (see {@link Checkpoint}). The
 * jobs of the next windows run while the current window is delivered ({@link JobPipeline}, maxConcurrentDetailsJobs).
 */
final class DetailsJobConsumer extends AnalyticsConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(DetailsJobConsumer.class);
    private static final String AVAILABILITY = DetailsJob.JOBS + "/availability";

    private final Clock clock;
    private final WindowPlanner planner;
    private final String queryHash;
    private ConsumerState state;
    private String stateKey;
    private volatile DetailsJob current;
    /** Created by the first poll after a start, dropped by a stop. */
    private ExecutorService jobThreads;

    private JobPipeline pipeline;

    DetailsJobConsumer(GenesysEndpoint endpoint, Processor processor, AnalyticsOptions options, Clock clock) {
        super(endpoint, processor, options);
        this.clock = clock;
        this.planner = new WindowPlanner(options.windowSize);
        this.queryHash = QueryHash.of(options.detailFilters);
    }

    @Override
    protected void doStart() throws Exception {
        String route = getRouteId() != null ? getRouteId() : "route";
        // the key scheme before 0.x (issue 14) was genesys-analytics-<route>-<hash>: still read, so a restart after
        // the upgrade resumes from its checkpoint
        state = options.consumer.startState(
                "analytics", route, queryHash, List.of("genesys-analytics-" + route + "-" + queryHash));
        stateKey = state.key();
        super.doStart();
    }

    /**
     * The jobs of this consumer, created on the first poll after a start (reading the org's limits is an API call:
     * the poll thread makes it, not the route's start).
     */
    private synchronized JobPipeline pipeline() {
        if (pipeline == null) {
            int maxOpen = maxOpenJobs();
            jobThreads = getEndpoint()
                    .getCamelContext()
                    .getExecutorServiceManager()
                    .newFixedThreadPool(this, "GenesysDetailsJobs", maxOpen);
            pipeline = new JobPipeline(
                    jobThreads,
                    maxOpen,
                    window -> new DetailsJob(
                            client,
                            jobQuery(window),
                            queryHash,
                            window.toIso(),
                            options.jobSettings,
                            audit,
                            stopSignal),
                    options.jobSettings,
                    stopSignal,
                    client.timeSource());
        }
        return pipeline;
    }

    /** maxConcurrentDetailsJobs, lowered to the org's details-job limit when the org reports a smaller one. */
    private int maxOpenJobs() {
        int configured = options.jobSettings.maxOpen();
        if (configured == 1) {
            return 1;
        }
        return OrgLimits.lowered(
                configured,
                getEndpoint().getOrgLimits().detailsJobsConcurrentMax(),
                "analytics",
                "maxConcurrentDetailsJobs");
    }

    @Override
    protected void doStop() throws Exception {
        // wake and interrupt the job threads first: a job's cancel waits for its submission or status wait to end
        stopSignal.wake();
        ExecutorService threads;
        JobPipeline jobs;
        synchronized (this) {
            threads = jobThreads;
            jobs = pipeline;
            jobThreads = null;
            pipeline = null;
        }
        if (threads != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(threads);
        }
        if (jobs != null) {
            jobs.cancelAll();
        }
        DetailsJob job = current;
        if (job != null) {
            job.cancel();
        }
        super.doStop();
        state.stop();
    }

    @Override
    protected int poll() throws Exception {
        Checkpoint checkpoint = loadCheckpoint();
        Instant watermark = watermark();
        long limit = pollLimit();
        JobPipeline jobs = pipeline();
        int delivered = 0;
        try {
            delivered = deliverWindows(jobs, checkpoint, watermark, limit);
        } finally {
            if (!mayContinue()) {
                // stopping or suspending: the jobs ahead would only run out; a later poll submits them again
                jobs.cancelAll();
            }
        }
        if (mayContinue()) {
            forceConsumerAsReady();
        }
        return delivered;
    }

    private int deliverWindows(JobPipeline jobs, Checkpoint checkpoint, Instant watermark, long limit) {
        int delivered = 0;
        while (mayContinue() && delivered < limit) {
            QueryInterval window;
            if (checkpoint.inWindow()) {
                window = new QueryInterval(checkpoint.windowStart(), checkpoint.windowEnd());
            } else {
                window = planner.next(checkpoint.windowStart(), watermark);
                if (window == null) {
                    LOG.debug("Caught up: next window starts at {}, watermark {}", checkpoint.windowStart(), watermark);
                    break;
                }
                checkpoint = Checkpoint.windowStarted(window.start(), window.end());
                save(checkpoint);
            }
            WindowRun run = new WindowRun(window, checkpoint, limit - delivered);
            run.execute(jobs, watermark);
            delivered += run.delivered;
            checkpoint = run.checkpoint;
            if (!run.complete) {
                break;
            }
            checkpoint = Checkpoint.nextWindowAt(window.end());
            save(checkpoint);
        }
        return delivered;
    }

    private Checkpoint loadCheckpoint() {
        String text = state.get();
        if (text != null && !text.isBlank()) {
            return Checkpoint.decode(stateKey, text);
        }
        // resolve a relative startDate once and keep it: a restart must not move the start
        Checkpoint first = Checkpoint.nextWindowAt(AnalyticsOptions.startDate(options.startDate, clock));
        save(first);
        LOG.info("No checkpoint under state key {}: starting at {}", stateKey, first.windowStart());
        return first;
    }

    private void save(Checkpoint checkpoint) {
        state.set(checkpoint.encode());
    }

    private Instant watermark() {
        DataAvailability availability =
                client.get(AVAILABILITY, null, DataAvailability.class).body();
        if (availability == null || availability.dataAvailabilityDate() == null) {
            throw GenesysException.builder(
                            0,
                            GenesysException.CODE_INVALID_RESPONSE,
                            "GET " + AVAILABILITY + " returned no dataAvailabilityDate")
                    .build();
        }
        return availability.dataAvailabilityDate().minus(options.availabilityLag);
    }

    private ObjectNode jobQuery(QueryInterval window) {
        ObjectNode query = options.detailFilters.deepCopy();
        query.put("interval", window.toIso());
        query.put("order", "asc");
        query.put("orderBy", "conversationStart");
        return query;
    }

    /** Delivers one window's conversations from its position on. */
    private final class WindowRun {
        final QueryInterval window;
        final long limit;
        Checkpoint checkpoint;
        int delivered;
        long skipped;
        boolean complete;

        WindowRun(QueryInterval window, Checkpoint checkpoint, long limit) {
            this.window = window;
            this.checkpoint = checkpoint;
            this.limit = limit;
        }

        void execute(JobPipeline jobs, Instant watermark) {
            DetailsJob job = jobs.take(window, planner, watermark);
            if (job == null) {
                return;
            }
            current = job;
            try {
                List<PagedConversation> page;
                while ((page = job.nextPage()) != null) {
                    if (!deliver(job, page)) {
                        return;
                    }
                }
                complete = job.exhausted();
                if (complete) {
                    LOG.info(
                            "Window {} done: {} conversations delivered, {} belonged to another window or were"
                                    + " delivered before",
                            window,
                            delivered,
                            skipped);
                }
            } finally {
                if (!complete) {
                    job.cancel();
                }
                current = null;
            }
        }

        /** Delivers the page's conversations that belong to this window and follow the position. */
        private boolean deliver(DetailsJob job, List<PagedConversation> page) {
            List<PagedConversation> owned = new ArrayList<>();
            List<Checkpoint> after = new ArrayList<>();
            Checkpoint position = checkpoint;
            for (PagedConversation conversation : page) {
                String id = conversation.conversationId();
                Instant start = conversation.conversationStart();
                Instant end = conversation.conversationEnd();
                if (id == null
                        || start == null
                        || !WindowPlanner.owns(window, start, end)
                        || position.delivered(start, id)) {
                    skipped++;
                    continue;
                }
                if (delivered + owned.size() >= limit) {
                    break;
                }
                position = position.after(start, id);
                owned.add(conversation);
                after.add(position);
            }
            if (owned.isEmpty()) {
                return delivered < limit;
            }
            Map<String, Object> pageHeaders = pageHeaders(job);
            if (options.pageBatches()) {
                List<Object> bodies = new ArrayList<>(owned.size());
                owned.forEach(c -> bodies.add(c.body()));
                Checkpoint last = after.get(after.size() - 1);
                String encoded = last.encode();
                if (!send(bodies, headers(pageHeaders, null, encoded), 0, 1)) {
                    return false;
                }
                commit(last, encoded, owned.size());
            } else {
                for (int i = 0; i < owned.size(); i++) {
                    if (!mayContinue()) {
                        return false;
                    }
                    PagedConversation conversation = owned.get(i);
                    Checkpoint next = after.get(i);
                    String encoded = next.encode();
                    if (!send(
                            conversation.body(),
                            headers(pageHeaders, conversation.conversationId(), encoded),
                            i,
                            owned.size())) {
                        return false;
                    }
                    commit(next, encoded, 1);
                }
            }
            return delivered < limit && mayContinue();
        }

        private void commit(Checkpoint next, String encoded, int count) {
            state.set(encoded);
            checkpoint = next;
            delivered += count;
        }

        /** The headers every exchange of the page carries, built once per page. */
        private Map<String, Object> pageHeaders(DetailsJob job) {
            Map<String, Object> headers = new HashMap<>();
            headers.put(GenesysConstants.JOB_ID, job.jobId());
            headers.put(GenesysConstants.PAGE_NUMBER, (int) job.pages());
            headers.put(GenesysConstants.WINDOW_START, window.start());
            headers.put(GenesysConstants.WINDOW_END, window.end());
            return headers;
        }

        private Map<String, Object> headers(Map<String, Object> page, String conversationId, String cursor) {
            Map<String, Object> headers = new HashMap<>(page);
            headers.put(GenesysConstants.CONVERSATION_ID, conversationId);
            headers.put(GenesysConstants.CURSOR, cursor);
            return headers;
        }
    }
}
