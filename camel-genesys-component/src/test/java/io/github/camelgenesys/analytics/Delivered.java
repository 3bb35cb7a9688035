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
import io.github.camelgenesys.model.AnalyticsConversation;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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

    /**
     * This recorder, slowed down by {@code millis} per exchange once {@code after} were delivered: a stop then surely
     * lands mid-run, whatever the machine's speed.
     */
    Processor slowingDownAfter(long after, long millis) {
        return exchange -> {
            process(exchange);
            if (deliveries.get() >= after) {
                Thread.sleep(millis);
            }
        };
    }

    /** Waits (generously) until the condition holds; the assertions that follow say what was expected. */
    public static void await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
