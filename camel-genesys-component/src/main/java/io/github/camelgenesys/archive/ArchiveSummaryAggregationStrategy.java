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

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Adds up the {@link ArchiveSummary} bodies of the exchanges of a split (e.g. {@code split} with
 * {@code streaming: true} over groups of ids). A part that failed with an {@link ArchiveException} is added too and
 * the split carries on; at the end the result fails with one {@link ArchiveException} holding the total summary,
 * so a dead-letter route gets every failed id.
 */
public class ArchiveSummaryAggregationStrategy implements AggregationStrategy {

    static final String FAILED = "CamelGenesysArchiveAggregatedFailure";

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        ArchiveSummary added = summaryOf(newExchange);
        boolean failed = newExchange.getException() instanceof ArchiveException;
        if (failed) {
            newExchange.setException(null);
        }
        Exchange result = oldExchange == null ? newExchange : oldExchange;
        if (oldExchange != null) {
            ArchiveSummary previous = summaryOf(oldExchange);
            ArchiveSummary total = previous == null ? added : previous.plus(added);
            if (total != null) {
                oldExchange.getMessage().setBody(total);
            }
            if (newExchange.getException() != null && oldExchange.getException() == null) {
                oldExchange.setException(newExchange.getException());
            }
        }
        if (failed) {
            result.setProperty(FAILED, true);
        }
        ArchiveSummary total = summaryOf(result);
        if (total != null) {
            setHeaders(result, total);
        }
        return result;
    }

    @Override
    public void onCompletion(Exchange exchange, Exchange inputExchange) {
        ArchiveSummary total = summaryOf(exchange);
        if (exchange != null
                && total != null
                && exchange.getProperty(FAILED, false, Boolean.class)
                && exchange.getException() == null) {
            exchange.setException(new ArchiveException(total, null));
        }
    }

    private static ArchiveSummary summaryOf(Exchange exchange) {
        if (exchange == null) {
            return null;
        }
        if (exchange.getException() instanceof ArchiveException e) {
            return e.getSummary();
        }
        Object body = exchange.getMessage().getBody();
        return body instanceof ArchiveSummary s ? s : null;
    }

    private static void setHeaders(Exchange exchange, ArchiveSummary s) {
        ArchiveProducer.setSummary(exchange.getMessage(), s);
    }
}
