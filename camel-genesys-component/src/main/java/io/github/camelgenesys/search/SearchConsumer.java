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
package io.github.camelgenesys.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.GenesysOperation;
import io.github.camelgenesys.consumer.ConsumerState;
import io.github.camelgenesys.consumer.ExchangeDispatcher;
import io.github.camelgenesys.consumer.OrderedCommits;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code genesys:search}: streams the conversations of a details query (or a participant-attributes search), one
 * exchange per conversation, fetching one page at a time.
 * <p>
 * A poll emits at most {@code maxMessagesPerPoll} exchanges; a run that is not finished continues at the next poll
 * from the record where it stopped. A new run (a new query) starts only at a poll that has no unfinished run. In
 * incremental mode every exchange that completes moves a watermark in the state repository; see docs/search.md.
 */
public class SearchConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchConsumer.class);

    private Clock clock = Clock.systemUTC();
    private SearchSettings settings;
    private ConsumerState state;
    private String stateKey;
    private volatile SearchRun run;
    private final ExchangeDispatcher dispatcher = new ExchangeDispatcher(this);
    /** The commits of the current incremental run (a new one after a failure). */
    private volatile OrderedCommits commits = new OrderedCommits();

    private volatile boolean polling;
    /** Moved by the commits of completed exchanges (under the commits' lock) and read when a run starts. */
    private volatile Watermark watermark;

    private Instant runCutoff;
    private boolean stopBatch;

    public SearchConsumer(GenesysEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public GenesysEndpoint getEndpoint() {
        return (GenesysEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        settings = getEndpoint().settings(SearchSettings.class);
        setMaxMessagesPerPoll(settings.consumer.maxMessagesPerPoll());
    }

    @Override
    protected void doStart() throws Exception {
        if (settings.incremental) {
            // the search key scheme is the shared one (genesys-search/<route>/<hash>): nothing older to read
            state = settings.consumer.startState(
                    "search",
                    getRouteId() != null ? getRouteId() : getEndpoint().getEndpointKey(),
                    settings.queryHash,
                    List.of());
            stateKey = state.key();
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        run = null;
        if (state != null) {
            state.stop();
            state = null;
        }
    }

    /** Replaces the clock that defines "now" (tests). */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** The key of this consumer's watermark in the state repository. */
    public String getStateKey() {
        return stateKey;
    }

    /** Whether a poll is running, a run is unfinished (it continues at the next poll) or exchanges are in flight. */
    boolean busy() {
        return polling || run != null || settings.incremental && !commits.settled();
    }

    @Override
    protected int poll() throws Exception {
        polling = true;
        try {
            return pollPages();
        } finally {
            polling = false;
        }
    }

    private int pollPages() throws Exception {
        int limit = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        if (settings.incremental && (commits.hasFailed() || run == null) && !commits.settled()) {
            // exchanges of the last run are still in flight: a new run must start from their committed position
            LOG.debug("genesys:search waits for {} exchange(s) in flight before a new run", commits.pending());
            return 0;
        }
        if (settings.incremental && commits.hasFailed()) {
            if (run != null) {
                run.abandon();
                run = null;
            }
            commits = new OrderedCommits();
        }
        if (run == null) {
            run = newRun();
        }
        int processed = 0;
        stopBatch = false;
        while (isPollAllowed() && processed < limit && !stopBatch) {
            List<SearchHit> hits = run.next(limit - processed);
            if (hits.isEmpty()) {
                break;
            }
            Queue<Object> exchanges = new LinkedList<>();
            for (SearchHit hit : hits) {
                exchanges.add(hit);
            }
            int done = processBatch(exchanges);
            processed += done;
            if (done < hits.size() && run != null && settings.incremental) {
                // stopping (shutdown): the hits not processed must come again from the watermark
                run = null;
                stopBatch = true;
            }
        }
        if (!stopBatch && run != null && run.finished()) {
            completeRun();
        }
        forceConsumerAsReady();
        return processed;
    }

    private SearchRun newRun() {
        ObjectNode query = settings.query.deepCopy();
        if (!settings.isDetailsQuery()) {
            return new SearchRun(
                    new AttributeSearchPages(getEndpoint().getClient(), query, settings.consumer.rawPayload()),
                    r -> SearchRun.Verdict.EMIT,
                    settings.deduplicationWindow,
                    settings.consumer.maxResults());
        }
        QueryInterval interval = settings.intervalNow(clock);
        if (!settings.incremental) {
            QueryInterval exact = interval;
            LOG.debug("genesys:search starts a run over {}, one UTC day per query", interval);
            return new SearchRun(
                    new DetailsPages(new DetailsQueryPager(
                            getEndpoint().getClient(),
                            query,
                            interval,
                            settings.pageSize,
                            settings.maxPagedResults,
                            settings.consumer.rawPayload())),
                    r -> {
                        Instant start = r.conversationStart();
                        return start != null && exact.contains(start) ? SearchRun.Verdict.EMIT : SearchRun.Verdict.SKIP;
                    },
                    settings.deduplicationWindow,
                    settings.consumer.maxResults());
        }
        // the interval option gives the floor (first run) and the lookback (its length); every run reads up to
        // the cutoff, so the watermark can move to the cutoff once a run has scanned everything
        watermark = Watermark.parse(state.get());
        if (watermark == null) {
            watermark = Watermark.startingAt(interval.start());
            state.set(watermark.format());
        }
        Instant from = watermark.end() == null
                ? watermark.floor()
                : max(watermark.floor(), watermark.end().minus(interval.length()));
        // one run covers at most the longest interval the API accepts; a longer catch-up continues at the next run
        Instant longest = from.plus(DetailsQueryPager.maxInterval(query));
        Instant now = clock.instant().minus(settings.intervalLag);
        runCutoff = now.isAfter(longest) ? longest : now;
        interval = from.isBefore(runCutoff)
                ? new QueryInterval(from, runCutoff)
                : new QueryInterval(from, from.plusMillis(1));
        Watermark position = watermark;
        Instant cutoff = runCutoff;
        SearchRun.RecordPolicy policy = r -> {
            Instant end = r.conversationEnd();
            if (end != null && !end.isBefore(cutoff)) {
                return SearchRun.Verdict.STOP;
            }
            return position.admits(r.conversationStart(), end, r.conversationId())
                    ? SearchRun.Verdict.EMIT
                    : SearchRun.Verdict.SKIP;
        };
        LOG.debug("genesys:search starts an incremental run over {} (stateKey {})", interval, stateKey);
        return new SearchRun(
                new DetailsPages(DetailsQueryPager.afterWatermark(
                        getEndpoint().getClient(),
                        query,
                        interval,
                        settings.pageSize,
                        settings.maxPagedResults,
                        settings.consumer.rawPayload(),
                        watermark.end())),
                policy,
                settings.deduplicationWindow,
                settings.consumer.maxResults());
    }

    private void completeRun() {
        if (run.withoutId() > 0) {
            LOG.warn(
                    "genesys:search run ended: {} conversation(s) emitted, {} record(s) without conversationId not"
                            + " emitted (stateKey {})",
                    run.emitted(),
                    run.withoutId(),
                    stateKey);
        }
        if (settings.incremental && run.scannedEverything() && runCutoff != null) {
            // once every exchange of the run completed: the run's last commit
            Instant cutoff = runCutoff;
            commits.completed(commits.reserve(), () -> {
                watermark = watermark.scannedUpTo(cutoff);
                state.set(watermark.format());
            });
        }
        run = null;
    }

    @Override
    public int processBatch(Queue<Object> hits) throws Exception {
        int total = hits.size();
        int index = 0;
        OrderedCommits runCommits = commits;
        for (Object item : hits) {
            if (!isBatchAllowed()) {
                break;
            }
            SearchHit hit = (SearchHit) item;
            Exchange exchange = dispatcher.create(index, total);
            try {
                prepare(exchange, hit);
            } catch (RuntimeException e) {
                exchange.setException(e);
            }
            Runnable commit = settings.incremental ? () -> moveWatermark(hit) : null;
            dispatcher.dispatch(exchange, runCommits, commit, "conversation " + hit.conversationId());
            index++;
            if (settings.incremental && runCommits.hasFailed()) {
                // the watermark stays before the failed conversation: a new run starts from there once the
                // exchanges still in flight are settled
                stopBatch = true;
                break;
            }
        }
        return index;
    }

    /** Runs on the completion of an incremental exchange, in dispatch order (see {@link OrderedCommits}). */
    private void moveWatermark(SearchHit hit) {
        watermark = watermark.after(hit.conversationEnd(), hit.conversationId());
        state.set(watermark.format());
    }

    private void prepare(Exchange exchange, SearchHit hit) {
        Message in = exchange.getIn();
        in.setBody(hit.record().body());
        in.setHeader(GenesysConstants.CONVERSATION_ID, hit.conversationId());
        in.setHeader(GenesysConstants.CORRELATION_ID, hit.page().correlationId());
        in.setHeader(GenesysConstants.PAGE_NUMBER, hit.page().pageNumber());
        if (hit.page().totalHits() != null) {
            in.setHeader(GenesysConstants.TOTAL_HITS, hit.page().totalHits());
        }
        in.setHeader(GenesysConstants.OPERATION, GenesysOperation.search);
        in.setHeader(GenesysConstants.SEARCH_TYPE, settings.searchType.name());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
