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
package io.github.camelgenesys.examples;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Counts, per route, the records its consumer emitted (exchanges done, failed), the polls it completed, the polls
 * that found nothing and the polls that failed, without touching the routes: installed as a
 * {@link RoutePolicyFactory}. A route whose source is a Kamelet polls through the route the Kamelet creates: those
 * polls are counted for the route that uses the Kamelet (its records are counted once, by that route).
 */
final class PipelineMonitor implements RoutePolicyFactory {

    /** Live counters of one route. */
    static final class Counters {
        private final AtomicLong records = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong polls = new AtomicLong();
        private final AtomicLong emptyPolls = new AtomicLong();
        private final AtomicLong pollErrors = new AtomicLong();
        private final AtomicReference<String> lastError = new AtomicReference<>();

        long records() {
            return records.get();
        }

        long failed() {
            return failed.get();
        }

        long polls() {
            return polls.get();
        }

        long emptyPolls() {
            return emptyPolls.get();
        }

        long pollErrors() {
            return pollErrors.get();
        }

        String lastError() {
            return lastError.get();
        }
    }

    private final Map<String, Counters> byRoute = new ConcurrentHashMap<>();

    Counters counters(String routeId) {
        return byRoute.computeIfAbsent(routeId, id -> new Counters());
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new RoutePolicySupport() {
            @Override
            public void onStart(Route started) {
                if (started.getConsumer() instanceof ScheduledPollConsumer polling
                        && !(polling.getPollStrategy() instanceof CountingPollStrategy)) {
                    Counters counters = counters(KameletRoutes.owner(camelContext, started));
                    polling.setPollStrategy(new CountingPollStrategy(polling.getPollStrategy(), counters));
                }
            }

            @Override
            public void onExchangeDone(Route done, Exchange exchange) {
                if (done.isCreatedByKamelet()) {
                    return;
                }
                Counters counters = counters(done.getRouteId());
                counters.records.incrementAndGet();
                if (exchange.isFailed()) {
                    counters.failed.incrementAndGet();
                    Exception e = exchange.getException();
                    counters.lastError.set(e == null ? "failed" : describe(e));
                }
            }
        };
    }

    /** An error for the summary: the type and message of the exception and of its root cause. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** Counts polls, then lets the consumer's own strategy do its job. */
    private record CountingPollStrategy(PollingConsumerPollStrategy delegate, Counters counters)
            implements PollingConsumerPollStrategy {
        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return delegate.begin(consumer, endpoint);
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            delegate.commit(consumer, endpoint, polledMessages);
            if (polledMessages == 0) {
                counters.emptyPolls.incrementAndGet();
            }
            counters.polls.incrementAndGet();
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause)
                throws Exception {
            // not a poll towards a polls:N rule: the run failed
            counters.lastError.set(describe(cause));
            counters.pollErrors.incrementAndGet();
            return delegate.rollback(consumer, endpoint, retryCounter, cause);
        }
    }
}
