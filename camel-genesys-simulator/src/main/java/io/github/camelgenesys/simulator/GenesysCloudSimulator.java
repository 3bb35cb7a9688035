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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.camelgenesys.simulator.auth.RateLimiter;
import io.github.camelgenesys.simulator.data.ParticipantAttributes;
import io.github.camelgenesys.simulator.data.RecordingStates;
import io.github.camelgenesys.simulator.handlers.AggregatesHandler;
import io.github.camelgenesys.simulator.handlers.AttributesSearchHandler;
import io.github.camelgenesys.simulator.handlers.AuthHandler;
import io.github.camelgenesys.simulator.handlers.DetailsJobsHandler;
import io.github.camelgenesys.simulator.handlers.DetailsQueryHandler;
import io.github.camelgenesys.simulator.handlers.LiveHandler;
import io.github.camelgenesys.simulator.handlers.MessagingHandler;
import io.github.camelgenesys.simulator.handlers.OrganizationLimitsHandler;
import io.github.camelgenesys.simulator.handlers.RecordingJobsHandler;
import io.github.camelgenesys.simulator.handlers.RecordingsHandler;
import io.github.camelgenesys.simulator.http.GenesysDispatcher;
import io.github.camelgenesys.simulator.http.Route;
import io.github.camelgenesys.simulator.http.StubHeaderFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A local, stateful simulator of the Genesys Cloud Platform API (and its login host) on one port.
 *
 * <pre>{@code
 * GenesysCloudSimulator sim = GenesysCloudSimulator.builder().conversations(10_000).seed(42L).build();
 * String baseUrl = sim.start();
 * ... sim.clientId(), sim.clientSecret() ...
 * sim.stop();
 * }</pre>
 */
public final class GenesysCloudSimulator implements AutoCloseable {
    private static final String DEFAULT_CLIENT_ID = "simulator-client";
    private static final String DEFAULT_CLIENT_SECRET = "simulator-secret";

    private final SimulatorConfig config;
    private final SimulatorContext ctx;
    private final FaultScript faults = new FaultScript();
    private final ConversationData data;
    private final List<Route> routes = new ArrayList<>();
    private final DetailsJobsHandler detailsJobs;
    private final LiveConversations live;
    private final ParticipantAttributes attributes;
    private final RecordingStates recordingStates = new RecordingStates();
    private final RecordingJobsHandler recordingJobs;
    private WireMockServer server;

    private GenesysCloudSimulator(SimulatorConfig config) {
        this.config = config;
        this.ctx = SimulatorContext.create(config);
        this.data = new ConversationData(ctx);
        this.detailsJobs = new DetailsJobsHandler(ctx);
        this.live = new LiveConversations(ctx);
        this.attributes = new ParticipantAttributes(config.seed());
        this.recordingJobs = new RecordingJobsHandler(ctx, recordingStates);
        ctx.clients().add(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Set.of("*"));
        routes.addAll(new AuthHandler(ctx).routes());
        routes.addAll(new DetailsQueryHandler(ctx).routes());
        routes.addAll(detailsJobs.routes());
        routes.addAll(new AggregatesHandler(ctx).routes());
        routes.addAll(new LiveHandler(ctx, live, attributes).routes());
        routes.addAll(new MessagingHandler(ctx).routes());
        routes.addAll(new AttributesSearchHandler(ctx, attributes).routes());
        routes.addAll(recordingJobs.routes());
        routes.addAll(new RecordingsHandler(ctx, recordingStates, recordingJobs).routes());
        routes.addAll(new OrganizationLimitsHandler(config).routes());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; returns its base URL (API and login host), e.g. {@code http://127.0.0.1:8080}. */
    public synchronized String start() {
        if (server != null) {
            return baseUrl();
        }
        GenesysDispatcher dispatcher = new GenesysDispatcher(
                routes,
                ctx.tokens(),
                new RateLimiter(
                        ctx.clock(),
                        config.rateLimitPerMinute(),
                        config.rateLimitWindow(),
                        config.rateLimitModel(),
                        config.rateLimitScope()),
                faults::pick,
                config.faultRate(),
                ctx.stats()::request);
        server = new WireMockServer(WireMockConfiguration.options()
                .port(config.port())
                .bindAddress("127.0.0.1")
                .containerThreads(Math.max(16, Runtime.getRuntime().availableProcessors() * 8))
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false))
                .extensions(
                        dispatcher, new StubHeaderFilter(), new StatsAdminExtension(this::stats, this::resetStats)));
        server.stubFor(
                WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)));
        server.start();
        return baseUrl();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return "http://127.0.0.1:" + server.port();
    }

    public SimulatorConfig config() {
        return config;
    }

    public String clientId() {
        return DEFAULT_CLIENT_ID;
    }

    public String clientSecret() {
        return DEFAULT_CLIENT_SECRET;
    }

    /** Adds an OAuth client; {@code "*"} in permissions grants everything. */
    public void addClient(String id, String secret, Set<String> permissions) {
        ctx.clients().add(id, secret, permissions);
    }

    /** Every token issued so far becomes unknown: the next API call with one gets 401. */
    public void revokeAllTokens() {
        ctx.tokens().revokeAll();
    }

    /** The next {@code n} submitted details jobs end in FAILED instead of FULFILLED. */
    public void failNextDetailsJobs(int n) {
        detailsJobs.failNext(n);
    }

    /** The next {@code n} submitted details jobs end in EXPIRED (results gone) instead of FULFILLED. */
    public void expireNextDetailsJobs(int n) {
        detailsJobs.expireNext(n);
    }

    /** What happened to the details jobs, in order (the most recent 10,000 entries): submitted, refused, read, cancelled. */
    public List<DetailsJobsHandler.JobEvent> detailsJobJournal() {
        return detailsJobs.journal();
    }

    /** The most details jobs that were QUEUED or PENDING at the same time. */
    public int peakConcurrentDetailsJobs() {
        return detailsJobs.peakConcurrent();
    }

    /** Conversations happening now (observations, GET conversation). */
    public LiveConversations live() {
        return live;
    }

    /** The next {@code n} recording jobs end in FAILED after processing (no recording is changed). */
    public void failNextRecordingJobs(int n) {
        recordingJobs.failNext(n);
    }

    public FaultScript faults() {
        return faults;
    }

    public ConversationData data() {
        return data;
    }

    public SimulatorStats stats() {
        return SimulatorStats.of(
                ctx.stats().requestsSnapshot(),
                ctx.stats().rateLimitedCount(),
                ctx.tokens().issuedCount(),
                detailsJobs.countByState(),
                recordingJobs.countByState(),
                recordingJobs.peakConcurrent(),
                ctx.stats().recordingActionsSnapshot());
    }

    public void resetStats() {
        ctx.stats().reset();
        ctx.tokens().resetCount();
    }

    /** Builder; every setting has the default shown in docs/simulator.md. */
    public static final class Builder {
        private int port = 0;
        private long conversations = 10_000;
        private long seed = 42L;
        private int days = 30;
        private int rateLimitPerMinute = 300;
        private Duration tokenTtl = Duration.ofHours(24);
        private double faultRate = 0.0;
        private Duration jobDelay = Duration.ofMillis(500);
        private Duration dataLag = Duration.ofMinutes(10);
        private int detailsQueryMaxPageSize = 100;
        private long maxPagedResults = 100_000;
        private int maxIntervalDaysUnfiltered = 7;
        private int maxIntervalDaysFiltered = 31;
        private int jobResultsMaxPageSize = 1000;
        private int maxConcurrentDetailsJobs = 2;
        private int queues = 50;
        private int liveRatePerMinute = 60;
        private int maxObservationPredicates = 200;
        private int maxConcurrentRecordingJobs = 2;
        private int recordingJobLimitStatus = 400;
        private Duration recordingInclusionLag = Duration.ofHours(48);
        private Clock clock = Clock.systemUTC();
        private Duration rateLimitWindow = Duration.ofMinutes(1);
        private RateLimiter.Model rateLimitModel = RateLimiter.Model.FIXED_WINDOW;
        private RateLimiter.Scope rateLimitScope = RateLimiter.Scope.CLIENT;

        private Builder() {}

        /** Port to listen on; 0 = any free port. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Number of historical conversations. */
        public Builder conversations(long value) {
            this.conversations = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Length of the history, ending when the simulator is built. */
        public Builder days(int value) {
            this.days = value;
            return this;
        }

        /** Requests per rate-limit window (one minute unless {@link #rateLimitWindow} says otherwise); 0 = unlimited. */
        public Builder rateLimitPerMinute(int value) {
            this.rateLimitPerMinute = value;
            return this;
        }

        /** Length of the rate-limit window (default 1 minute, as the real API; tests shorten it). */
        public Builder rateLimitWindow(Duration value) {
            this.rateLimitWindow = value;
            return this;
        }

        /** How the rate limit counts (default {@code FIXED_WINDOW}; see docs/simulator.md for the evidence). */
        public Builder rateLimitModel(RateLimiter.Model value) {
            this.rateLimitModel = value;
            return this;
        }

        /** What one count covers: every token of a client ({@code CLIENT}, default) or each token ({@code TOKEN}). */
        public Builder rateLimitScope(RateLimiter.Scope value) {
            this.rateLimitScope = value;
            return this;
        }

        public Builder tokenTtl(Duration value) {
            this.tokenTtl = value;
            return this;
        }

        /** Probability (0..1) that an API call fails with a 503 or a connection reset. */
        public Builder faultRate(double value) {
            this.faultRate = value;
            return this;
        }

        /** How long details jobs and recording jobs take per step. */
        public Builder jobDelay(Duration value) {
            this.jobDelay = value;
            return this;
        }

        /** Details-job data availability = now - dataLag. */
        public Builder dataLag(Duration value) {
            this.dataLag = value;
            return this;
        }

        /** Maximum details-query pageSize (UNVERIFIED in the real API; default 100). */
        public Builder detailsQueryMaxPageSize(int value) {
            this.detailsQueryMaxPageSize = value;
            return this;
        }

        /**
         * Details query: the most results reachable by paging; a page with pageNumber * pageSize above it is a 400
         * "Pagination may not exceed N results" (the real API: 100000).
         */
        public Builder maxPagedResults(long value) {
            this.maxPagedResults = value;
            return this;
        }

        /** Details query: the longest interval, in days, without conversation or segment filters (the API: 7). */
        public Builder maxIntervalDaysUnfiltered(int value) {
            this.maxIntervalDaysUnfiltered = value;
            return this;
        }

        /** Details query: the longest interval, in days, with a conversation or segment filter (the API: 31). */
        public Builder maxIntervalDaysFiltered(int value) {
            this.maxIntervalDaysFiltered = value;
            return this;
        }

        /** Maximum details-job results pageSize (UNVERIFIED; default 1000). */
        public Builder jobResultsMaxPageSize(int value) {
            this.jobResultsMaxPageSize = value;
            return this;
        }

        /**
         * Details jobs allowed in QUEUED or PENDING per org at once (UNVERIFIED: the real value is not published;
         * default 2, the platform's only documented job concurrency, that of recording jobs). One more: 429.
         */
        public Builder maxConcurrentDetailsJobs(int value) {
            this.maxConcurrentDetailsJobs = value;
            return this;
        }

        public Builder queues(int value) {
            this.queues = value;
            return this;
        }

        /** Live conversations started per minute; 0 = none (start them with {@code live()}). */
        public Builder liveRatePerMinute(int value) {
            this.liveRatePerMinute = value;
            return this;
        }

        /**
         * Most predicates one queue observation query may hold (third-party evidence: "Max 200 query predicates
         * according to error received"; UNVERIFIED officially; default 200). More: 400.
         */
        public Builder maxObservationPredicates(int value) {
            this.maxObservationPredicates = value;
            return this;
        }

        /** Recording jobs allowed in PENDING or PROCESSING at once (the API documents 2). */
        public Builder maxConcurrentRecordingJobs(int value) {
            this.maxConcurrentRecordingJobs = value;
            return this;
        }

        /** HTTP status answered to a recording job over the limit (UNVERIFIED; default 400). */
        /**
         * A recording is matched by recording bulk jobs only once it is this old (its creation = the conversation's
         * end): "it might take up to 48 hours for the recording to be included in the submitted job query" (SDK
         * RecordingJobsQuery). Default 48 h, the documented bound.
         */
        public Builder recordingInclusionLag(Duration value) {
            this.recordingInclusionLag = value;
            return this;
        }

        public Builder recordingJobLimitStatus(int value) {
            this.recordingJobLimitStatus = value;
            return this;
        }

        /** The clock for token expiry, job progress, live conversations and "now" (tests can pass a fake one). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public GenesysCloudSimulator build() {
            return new GenesysCloudSimulator(new SimulatorConfig(
                    port,
                    conversations,
                    seed,
                    days,
                    rateLimitPerMinute,
                    tokenTtl,
                    faultRate,
                    jobDelay,
                    dataLag,
                    detailsQueryMaxPageSize,
                    maxPagedResults,
                    maxIntervalDaysUnfiltered,
                    maxIntervalDaysFiltered,
                    jobResultsMaxPageSize,
                    maxConcurrentDetailsJobs,
                    queues,
                    liveRatePerMinute,
                    maxObservationPredicates,
                    maxConcurrentRecordingJobs,
                    recordingJobLimitStatus,
                    recordingInclusionLag,
                    clock,
                    rateLimitWindow,
                    rateLimitModel,
                    rateLimitScope));
        }
    }
}
