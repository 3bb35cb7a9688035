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

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.consumer.ExchangeDispatcher;
import java.util.Map;
import java.util.Queue;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;

/**
 * What the three analytics consumers share: the validated options, the client, the audit sink, a stop signal that
 * wakes a waiting poll, and sending one exchange and waiting for its completion, so a checkpoint is saved only
 * after it completed.
 */
abstract class AnalyticsConsumer extends ScheduledBatchPollingConsumer {

    protected final AnalyticsOptions options;
    private final ExchangeDispatcher dispatcher = new ExchangeDispatcher(this);
    protected final StopSignal stopSignal = new StopSignal(this::mayContinue);
    protected GenesysClient client;
    protected JobAudit audit;

    AnalyticsConsumer(GenesysEndpoint endpoint, Processor processor, AnalyticsOptions options) {
        super(endpoint, processor);
        this.options = options;
        // a Genesys option (the configuration's), not the consumer's own: Camel does not bind it here by itself
        setMaxMessagesPerPoll(options.consumer.maxMessagesPerPoll());
    }

    @Override
    public GenesysEndpoint getEndpoint() {
        return (GenesysEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        client = getEndpoint().getClient();
        audit = new JobAudit(getEndpoint()
                .endpointStatus()
                .observe(getEndpoint().getComponent().getAuditSinks().forFile(options.auditFile)));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        stopSignal.wake();
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        stopSignal.wake();
        super.doSuspend();
    }

    /**
     * Whether the current poll may go on. A graceful shutdown first suspends the consumer and waits for in-flight
     * exchanges: a long poll must end at the next exchange boundary then, not run to completion.
     */
    protected boolean mayContinue() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    /**
     * Sends one exchange through the route and waits until it completed, also when the route handed it to
     * {@code seda} or {@code threads}: the checkpoint saved after it is then never ahead of the work.
     *
     * @return true when it completed without an exception; otherwise the exception was given to the consumer's
     *         exception handler
     */
    protected boolean send(Object body, Map<String, Object> headers, int index, int size) {
        Exchange exchange = dispatcher.create(index, size);
        exchange.getMessage().setBody(body);
        exchange.getMessage()
                .setHeader(GenesysConstants.OPERATION, getEndpoint().getOperation());
        headers.forEach((k, v) -> {
            if (v != null) {
                exchange.getMessage().setHeader(k, v);
            }
        });
        return dispatcher.sendAndAwait(exchange, this::isRunAllowed, "exchange");
    }

    /** Unused: the analytics consumers send each exchange themselves ({@link #send}). */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        throw new UnsupportedOperationException("genesys:analytics sends each exchange with send()");
    }

    /** The most records one poll delivers: maxResults and maxMessagesPerPoll, whichever is smaller (0 = no limit). */
    protected long pollLimit() {
        long limit = Long.MAX_VALUE;
        if (options.consumer.maxResults() > 0) {
            limit = options.consumer.maxResults();
        }
        if (getMaxMessagesPerPoll() > 0) {
            limit = Math.min(limit, getMaxMessagesPerPoll());
        }
        return limit;
    }
}
