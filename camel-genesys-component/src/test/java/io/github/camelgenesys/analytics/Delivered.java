package io.github.camelgenesys.analytics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.model.AnalyticsConversation;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Records the conversation ids a route received: distinct ids and the total number of deliveries. */
public final class Delivered implements Processor {

    final Set<String> ids = ConcurrentHashMap.newKeySet();
    final AtomicLong deliveries = new AtomicLong();

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof java.util.List<?> list) {
            list.forEach(c -> add(((AnalyticsConversation) c).conversationId()));
        } else {
            add(exchange.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class));
        }
    }

    private void add(String id) {
        deliveries.incrementAndGet();
        ids.add(id);
    }

    long duplicates() {
        return deliveries.get() - ids.size();
    }

    /** Waits (generously) until the condition holds; the assertions that follow say what was expected. */
    public static void await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
