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
package io.github.camelgenesys.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.GenesysOperation;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.GenesysResponse;
import io.github.camelgenesys.consumer.ExchangeDispatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;

/**
 * {@code genesys:live}: each poll reads the queue observations of the observed queues (as few requests as the
 * per-query predicate cap allows), fetches new, changed and just-ended conversations within a per-poll request
 * budget, and emits STARTED, UPDATED and ENDED events (or the whole live set with liveMode=snapshot). Polls run at a
 * fixed rate by default, so the paced requests of a poll do not stretch the period (see docs/live.md).
 * <p>
 * A failed poll (e.g. a 503 burst outlasting the client's retries) changes nothing: the state is kept and the next
 * poll compares against it.
 */
public class LiveConsumer extends ScheduledBatchPollingConsumer {

    static final String CONVERSATION_PATH = "/api/v2/conversations/";

    private final Clock clock = Clock.systemUTC();
    private final ExchangeDispatcher dispatcher = new ExchangeDispatcher(this);
    private LiveSettings settings;
    private LiveTracker tracker;
    private boolean snapshotMode;
    private QueueDirectory queues;
    private ObservationQueries observations;
    private volatile int lastPollRequests;

    public LiveConsumer(GenesysEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public GenesysEndpoint getEndpoint() {
        return (GenesysEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        settings = getEndpoint().settings(LiveSettings.class);
        snapshotMode = settings.snapshot();
        tracker = new LiveTracker(!snapshotMode);
    }

    @Override
    protected void doStart() throws Exception {
        // before super.doStart(): it schedules the first poll, which may run at once (initialDelay=0)
        queues = new QueueDirectory(
                getEndpoint().getClient(), settings.queueIds(), settings.queueRefreshInterval(), clock);
        observations = new ObservationQueries(getEndpoint().getClient(), settings.mediaTypes());
        super.doStart();
    }

    /**
     * The most API requests one poll may send: the share of the rate the client's limiter allows now (the
     * limiter is shared by every endpoint of the client id and follows the server's budget headers, so this is not
     * always this endpoint's {@code rateLimitPerMinute}) that falls into one poll delay. Observation queries (and a due queue-list refresh) come first; conversation fetches get the rest, at
     * least one so the consumer always progresses. Unlimited when the rate limiter is off.
     */
    int requestBudget() {
        int perMinute = getEndpoint().getClient().rateLimitPerMinute();
        if (perMinute <= 0) {
            return Integer.MAX_VALUE;
        }
        long delayMs = getTimeUnit().toMillis(getDelay());
        return (int) Math.max(1, perMinute * delayMs / 60_000);
    }

    /** API requests sent by the last poll (observations, queue listing and conversation fetches). */
    public int getLastPollRequests() {
        return lastPollRequests;
    }

    /** Conversations no longer observed whose ENDED event waits for its final-state fetch. */
    public int getPendingEnds() {
        return tracker.pendingEnds();
    }

    /** Conversations currently known to be live. */
    public int getLiveConversations() {
        return tracker.size();
    }

    @Override
    public int poll() throws Exception {
        int[] requests = {0};
        List<String> queueIds = queues.queueIds(requests);
        ObservationSnapshot snapshot = observations.observe(queueIds);
        Instant observedAt = clock.instant();
        requests[0] += snapshot.requests();
        int budget = requestBudget();
        int fetchBudget = budget == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(1, budget - requests[0]);
        List<LiveEvent> events = tracker.update(
                snapshot,
                id -> {
                    requests[0]++;
                    return fetch(id);
                },
                fetchBudget,
                observedAt);
        lastPollRequests = requests[0];
        if (snapshotMode) {
            events = tracker.snapshot(observedAt);
        }
        forceConsumerAsReady();
        Queue<Object> exchanges = new LinkedList<>(events);
        return exchanges.isEmpty() ? 0 : processBatch(exchanges);
    }

    private LiveTracker.Fetched fetch(String conversationId) {
        try {
            GenesysResponse<JsonNode> response =
                    getEndpoint().getClient().get(CONVERSATION_PATH + conversationId, Map.of(), JsonNode.class);
            return new LiveTracker.Fetched(response.body(), response.correlationId());
        } catch (GenesysException e) {
            if (e.getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public int processBatch(Queue<Object> events) throws Exception {
        int total = events.size();
        int index = 0;
        for (Object item : events) {
            if (!isBatchAllowed()) {
                break;
            }
            LiveEvent event = (LiveEvent) item;
            Exchange exchange = dispatcher.create(index, total);
            Message in = exchange.getIn();
            in.setHeader(GenesysConstants.LIVE_EVENT, event.type());
            in.setHeader(GenesysConstants.CONVERSATION_ID, event.conversationId());
            in.setHeader(GenesysConstants.QUEUE_ID, event.queueId());
            in.setHeader(GenesysConstants.LIVE_OBSERVED_AT, event.observedAt());
            if (event.mediaType() != null) {
                in.setHeader(GenesysConstants.MEDIA_TYPE, event.mediaType());
            }
            if (LiveEvent.ENDED.equals(event.type())) {
                in.setHeader(GenesysConstants.LIVE_FINAL_STATE, event.finalState());
            }
            in.setHeader(GenesysConstants.OPERATION, GenesysOperation.live);
            if (event.correlationId() != null) {
                in.setHeader(GenesysConstants.CORRELATION_ID, event.correlationId());
            }
            try {
                in.setBody(body(event.body()));
            } catch (RuntimeException e) {
                exchange.setException(e);
            }
            // live keeps no checkpoint: its state is what it observed, so nothing is committed on completion
            dispatcher.dispatch(exchange, "live event " + event.type() + " of " + event.conversationId());
            index++;
        }
        return index;
    }

    private Object body(JsonNode conversation) throws JsonProcessingException {
        if (settings.rawPayload()) {
            return conversation.toString();
        }
        return GenesysJson.mapper().treeToValue(conversation, LiveConversation.class);
    }
}
