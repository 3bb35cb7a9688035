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
package io.github.camelgenesys.consumer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Records become exchanges in one place for the genesys consumers (search, analytics, live): the body and headers a
 * consumer prepares, the batch properties, dispatch through Camel's asynchronous processor, and the consumer's
 * commit (a watermark or checkpoint) run on the exchange's <b>completion</b> ({@link SynchronizationAdapter} on its
 * unit of work), never when {@code process()} merely returned: a route that hands the exchange to {@code seda} or
 * {@code threads} completes it later, on another thread, and only then is the record safely done.
 * <p>
 * Batch properties, the same for every consumer: {@code CamelBatchIndex} (0-based) and {@code CamelBatchSize} count
 * the exchanges of the batch the consumer read at once (one API page for search and analytics details; one poll's
 * events for live; one aggregates response), and {@code CamelBatchComplete} is true on the last of them.
 */
public final class ExchangeDispatcher {

    private final DefaultConsumer consumer;

    public ExchangeDispatcher(DefaultConsumer consumer) {
        this.consumer = consumer;
    }

    /** A new exchange (released by the dispatcher once it completed) with the batch properties set. */
    public Exchange create(int index, int size) {
        Exchange exchange = consumer.createExchange(false);
        exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
        exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, size);
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == size - 1);
        return exchange;
    }

    /**
     * Sends the exchange through the route without waiting; {@code commit} runs in dispatch order once it and every
     * exchange dispatched before it on {@code commits} completed successfully. A failed exchange goes to the
     * consumer's exception handler and closes {@code commits}.
     */
    /** Sends the exchange through the route without waiting, for a consumer that commits nothing (live). */
    public void dispatch(Exchange exchange, String what) {
        consumer.getAsyncProcessor().process(exchange, doneSync -> done(exchange, what));
    }

    public void dispatch(Exchange exchange, OrderedCommits commits, Runnable commit, String what) {
        long sequence = commits.reserve();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                if (completed.isRollbackOnly()) {
                    onFailure(completed);
                    return;
                }
                commits.completed(sequence, commit);
            }

            @Override
            public void onFailure(Exchange failed) {
                commits.failed(sequence);
            }
        });
        consumer.getAsyncProcessor().process(exchange, doneSync -> done(exchange, what));
    }

    /**
     * Sends the exchange and waits until it completed (also when the route handed it to another thread), for
     * consumers whose next step depends on the outcome.
     *
     * @param  mayWait false stops the wait (the consumer is stopping): the outcome then counts as not completed, so
     *                 nothing is committed and the record comes again
     * @return         true when it completed without an exception
     */
    public boolean sendAndAwait(Exchange exchange, BooleanSupplier mayWait, String what) {
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                outcome.complete(!completed.isRollbackOnly());
            }

            @Override
            public void onFailure(Exchange failed) {
                outcome.complete(false);
            }
        });
        consumer.getAsyncProcessor().process(exchange, doneSync -> done(exchange, what));
        while (true) {
            try {
                return outcome.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!mayWait.getAsBoolean()) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return false;
            }
        }
    }

    private void done(Exchange exchange, String what) {
        if (exchange.getException() != null) {
            consumer.getExceptionHandler()
                    .handleException("Error processing " + what, exchange, exchange.getException());
        }
        consumer.releaseExchange(exchange, false);
    }
}
