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
package io.github.camelgenesys.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.GenesysOperation;
import io.github.camelgenesys.analytics.StopSignal;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.OrgLimits;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.spi.ShutdownPrepared;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code genesys:archive}: archives, deletes or exports the recordings of conversations through recording bulk jobs.
 * The body carries the conversation ids (selection=ids) or is ignored (selection=query). The result body is an
 * {@link ArchiveSummary}; when a job or recording failed, an {@link ArchiveException} carrying it is thrown.
 * <p>
 * The job slots ({@code maxConcurrentJobs}) belong to the producer, so exchanges running in parallel on the same
 * endpoint share them.
 * <p>
 * Asynchronous: {@link #process(Exchange, AsyncCallback)} hands the exchange's run to the producer's scheduled thread
 * pool ({@code GenesysArchive}, created through Camel's {@code ExecutorServiceManager} when the producer starts, shut
 * down through it when it stops) and returns at once; the route thread is free while the recording jobs run. The run
 * advances in short steps (poll the jobs whose poll is due, fill free slots), each armed for the next due poll
 * ({@link PollTiming}: aimed at the state change the producer expects, at most one poll interval apart), so no thread
 * sleeps for a job; the exchange continues on a pool thread when the run ends.
 * <p>
 * Stopping the route or the context ends a running exchange at once: the producer adds a {@link ShutdownPrepared}
 * service to the route of each exchange, which Camel's shutdown strategy tells before it waits for in-flight
 * exchanges; it wakes every run, whose next step cancels the jobs not yet processing and fails the exchange with
 * {@link ArchiveStoppedException}, so a graceful stop does not wait for recording jobs to finish. Each exchange first
 * follows the jobs the {@code archiveStateRepository} remembers that no other exchange is following.
 */
public class ArchiveProducer extends DefaultAsyncProducer {

    private final Clock clock;
    private ArchiveOptions options;
    private RecordingJobsQueries queries;
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveProducer.class);

    /** Conversation ids in a job or chunk of any exchange: an id is never in two jobs of this producer at once. */
    private final Set<String> idsInFlight = ConcurrentHashMap.newKeySet();

    private Semaphore slots;
    /** How long the jobs' waits take, learned from every exchange of this producer. */
    private PollTiming timing;

    private AuditSink audit;
    private JobJournal journal;
    private volatile boolean stopping;
    private final Set<ArchiveRun> running = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService scheduler;

    public ArchiveProducer(GenesysEndpoint endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    ArchiveProducer(GenesysEndpoint endpoint, Clock clock) {
        super(endpoint);
        this.clock = clock;
    }

    @Override
    public GenesysEndpoint getEndpoint() {
        return (GenesysEndpoint) super.getEndpoint();
    }

    /**
     * {@code maxConcurrentJobs}, lowered to the org's recording-job limit when the org reports a smaller one (read once
     * per client from the limits API; absent when it cannot be read).
     */
    private int jobSlots() {
        int configured = options.maxConcurrentJobs();
        return OrgLimits.lowered(
                configured, getEndpoint().getOrgLimits().recordingJobsConcurrentMax(), "archive", "maxConcurrentJobs");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        options = getEndpoint().settings(ArchiveOptions.class);
        queries = new RecordingJobsQueries(options, clock);
        if (options.idempotentRepository() != null) {
            ServiceHelper.startService(options.idempotentRepository());
        }
        int jobSlots = jobSlots();
        slots = new Semaphore(jobSlots);
        timing = new PollTiming(options.pollInterval());
        // steps are short (a few requests each); one thread per job slot and one to spare keeps them moving
        scheduler = getEndpoint()
                .getCamelContext()
                .getExecutorServiceManager()
                .newScheduledThreadPool(this, "GenesysArchive", jobSlots + 1);
        if (options.stateRepository() != null) {
            ServiceHelper.startService(options.stateRepository());
            journal = new JobJournal(options.stateRepository(), options.action());
        } else {
            journal = JobJournal.none();
        }
        stopping = false;
        audit = getEndpoint().getComponent().getAuditSinks().forFile(options.auditFile());
        audit = getEndpoint().endpointStatus().observe(audit);
    }

    /** Told by Camel's shutdown strategy (as a service of the route) before it waits for in-flight exchanges. */
    private final class RouteStopHook extends ServiceSupport implements ShutdownPrepared {
        @Override
        public void prepareShutdown(boolean suspendOnly, boolean forced) {
            if (!suspendOnly) {
                stopWaiting();
            }
        }
    }

    private final RouteStopHook routeStopHook = new RouteStopHook();

    @Override
    protected void doStop() throws Exception {
        stopWaiting();
        if (scheduler != null) {
            // the woken runs' last steps (cancel, report) were armed at once; wait for them, bounded by the manager
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(scheduler);
            scheduler = null;
        }
        super.doStop();
    }

    private void stopWaiting() {
        stopping = true;
        running.forEach(ArchiveRun::wake);
    }

    /** Waits of this exchange end when its route, the producer or the context stops. */
    private StopSignal stopSignalFor(Exchange exchange) {
        Route route =
                exchange.getFromRouteId() == null ? null : exchange.getContext().getRoute(exchange.getFromRouteId());
        if (route != null) {
            // once per route start (a restarted route gathers its services anew); parallel exchanges add it once
            synchronized (routeStopHook) {
                if (!route.getServices().contains(routeStopHook)) {
                    route.addService(routeStopHook);
                }
            }
        }
        return new StopSignal(
                () -> !stopping && isRunAllowed() && !exchange.getContext().isStopping());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        ArchiveRun run;
        ArchiveRun.ChunkSource chunks;
        try {
            chunks = options.querySelection()
                    ? single(queries.forQuery(options.selectionQuery().get()))
                    : new IdChunks(ConversationIdSource.of(body), options, queries);
            run = new ArchiveRun(
                    getEndpoint().getClient(),
                    options,
                    slots,
                    idsInFlight,
                    audit,
                    stopSignalFor(exchange),
                    journal,
                    timing);
        } catch (RuntimeException e) {
            closeStream(body);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        running.add(run);
        CompletableFuture<ArchiveSummary> outcome = run.start(chunks, journal.claimOrphans(), scheduler);
        if (stopping) {
            // the producer stopped while this run was being set up: it missed the wake of stopWaiting
            run.wake();
        }
        outcome.whenComplete((summary, failure) -> {
            try {
                running.remove(run);
                closeStream(body);
                complete(exchange, summary, failure instanceof CompletionException c ? c.getCause() : failure);
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                getEndpoint().endpointStatus().exchangeDone(exchange.getException());
                // exactly once, with the flag process() returned
                callback.done(false);
            }
        });
        return false;
    }

    private static void complete(Exchange exchange, ArchiveSummary summary, Throwable failure) {
        Message in = exchange.getMessage();
        if (failure instanceof ArchiveException e) {
            setResult(in, e.getSummary());
            exchange.setException(e);
        } else if (failure != null) {
            exchange.setException(failure);
        } else {
            setResult(in, summary);
            if (!summary.isComplete()) {
                exchange.setException(new ArchiveException(summary, null));
            }
        }
    }

    private static void closeStream(Object body) {
        if (body instanceof java.util.stream.BaseStream<?, ?> stream) {
            stream.close();
        }
    }

    private static void setResult(Message in, ArchiveSummary s) {
        in.setHeader(GenesysConstants.OPERATION, GenesysOperation.archive);
        setSummary(in, s);
    }

    /** The summary as the body and its counters as headers. */
    static void setSummary(Message in, ArchiveSummary s) {
        in.setBody(s);
        in.setHeader(GenesysConstants.ARCHIVE_JOBS, s.jobs());
        in.setHeader(GenesysConstants.ARCHIVE_CONVERSATIONS, s.conversations());
        in.setHeader(GenesysConstants.ARCHIVE_RECORDINGS_PROCESSED, s.recordingsProcessed());
        in.setHeader(GenesysConstants.ARCHIVE_RECORDINGS_SKIPPED, s.recordingsSkipped());
        in.setHeader(GenesysConstants.ARCHIVE_RECORDINGS_FAILED, s.recordingsFailed());
        in.setHeader(GenesysConstants.ARCHIVE_CONVERSATIONS_SKIPPED, s.conversationsSkipped());
        in.setHeader(
                GenesysConstants.ARCHIVE_CONVERSATIONS_NOT_ELIGIBLE,
                s.notEligible().size());
        in.setHeader(GenesysConstants.ARCHIVE_CONVERSATIONS_UNKNOWN, s.unknown().size());
    }

    private static ArchiveRun.ChunkSource single(ObjectNode body) {
        return new ArchiveRun.ChunkSource() {
            private boolean taken;

            @Override
            public ArchiveRun.Chunk next(Set<String> idsInFlight) {
                if (taken) {
                    return null;
                }
                taken = true;
                return new ArchiveRun.Chunk(java.util.List.of(), body);
            }

            @Override
            public long skipped() {
                return 0;
            }
        };
    }
}
