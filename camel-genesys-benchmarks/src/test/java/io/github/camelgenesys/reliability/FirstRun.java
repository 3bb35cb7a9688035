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
package io.github.camelgenesys.reliability;

import io.github.camelgenesys.GenesysConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * For pipelines whose consumer searches the same interval on every run (routes/ archive-pipeline, messaging-sync,
 * queue-report): only the exchanges of the first run count; later runs repeat it by design. A run's pages arrive in
 * increasing {@code CamelGenesysPageNumber} (one batch per page, possibly over several polls after a failure); a page
 * number that is not above the last completed page means a new run began.
 */
final class FirstRun implements Predicate {

    private int lastCompletedPage;
    private boolean over;

    @Override
    public synchronized boolean matches(Exchange exchange) {
        Integer header = exchange.getMessage().getHeader(GenesysConstants.PAGE_NUMBER, Integer.class);
        int page = header == null ? 1 : header;
        if (over || page <= lastCompletedPage) {
            over = true;
            return false;
        }
        if (Boolean.TRUE.equals(exchange.getProperty(Exchange.BATCH_COMPLETE, Boolean.class))) {
            lastCompletedPage = page;
        }
        return true;
    }
}
