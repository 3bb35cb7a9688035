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
 * Counts, per route, the records its consumer emitted (exchanges done, failed) and the polls it made (with the
 * number of records of the last poll), without touching the routes: installed as a {@link RoutePolicyFactory}.
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
        Counters counters = counters(routeId);
        return new RoutePolicySupport() {
            @Override
            public void onStart(Route started) {
                if (started.getConsumer() instanceof ScheduledPollConsumer polling
                        && !(polling.getPollStrategy() instanceof CountingPollStrategy)) {
                    polling.setPollStrategy(new CountingPollStrategy(polling.getPollStrategy(), counters));
                }
            }

            @Override
            public void onExchangeDone(Route done, Exchange exchange) {
                counters.records.incrementAndGet();
                if (exchange.isFailed()) {
                    counters.failed.incrementAndGet();
                    Exception e = exchange.getException();
                    counters.lastError.set(e == null ? "failed" : e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        };
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
            counters.pollErrors.incrementAndGet();
            counters.lastError.set(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            counters.polls.incrementAndGet();
            return delegate.rollback(consumer, endpoint, retryCounter, cause);
        }
    }
}
