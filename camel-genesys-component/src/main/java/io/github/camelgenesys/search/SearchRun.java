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

import io.github.camelgenesys.model.ConversationKeys;
import io.github.camelgenesys.query.SeenConversationIds;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over a query's result, possibly spread over several polls. It holds only the current page: pages are
 * fetched one at a time when the previous one is used up, and a poll that stops at maxMessagesPerPoll leaves the
 * rest of the page here for the next poll. A failed fetch leaves the position unchanged, so the next call asks
 * for the same page again.
 */
final class SearchRun {

    private static final Logger LOG = LoggerFactory.getLogger(SearchRun.class);

    /** What the run does with a record. */
    enum Verdict {
        EMIT,
        SKIP,
        STOP
    }

    /** Decides per record; STOP ends the run (records are sorted, so nothing after it qualifies either). */
    interface RecordPolicy {
        Verdict judge(ConversationKeys record);
    }

    private final PageSource pages;
    private final RecordPolicy policy;
    private final SeenConversationIds seen;
    private final long maxResults;
    private SearchPage page;
    private int offset;
    private long emitted;
    private long withoutId;
    private boolean finished;
    private boolean complete;

    SearchRun(PageSource pages, RecordPolicy policy, int deduplicationWindow, long maxResults) {
        this.pages = pages;
        this.policy = policy;
        this.seen = new SeenConversationIds(deduplicationWindow);
        this.maxResults = maxResults;
    }

    /**
     * The next records to emit, at most {@code max}, all from one page; fetches the next page when the current one is
     * used up. Empty when the run is over.
     */
    List<SearchHit> next(int max) {
        while (!finished) {
            if (page == null || offset >= page.records().size()) {
                if (page != null && page.last()) {
                    finish(true);
                    break;
                }
                page = pages.next();
                offset = 0;
                continue;
            }
            List<SearchHit> hits = new ArrayList<>(Math.min(max, page.records().size() - offset));
            long withoutIdBefore = withoutId;
            while (offset < page.records().size() && hits.size() < max && !limitReached()) {
                ConversationKeys record = page.records().get(offset++);
                Verdict verdict = policy.judge(record);
                if (verdict == Verdict.STOP) {
                    finish(true);
                    break;
                }
                String id = record.conversationId();
                if (verdict == Verdict.EMIT && id == null) {
                    withoutId++;
                } else if (verdict == Verdict.EMIT && seen.firstSighting(id)) {
                    hits.add(new SearchHit(record, id, record.conversationEnd(), page));
                    emitted++;
                }
            }
            if (withoutId > withoutIdBefore) {
                LOG.warn(
                        "genesys:search: {} record(s) of page {} (correlation id {}) have no conversationId and were"
                                + " not emitted ({} so far in this run)",
                        withoutId - withoutIdBefore,
                        page.pageNumber(),
                        page.correlationId(),
                        withoutId);
            }
            if (limitReached()) {
                finish(false);
            }
            if (!hits.isEmpty()) {
                return hits;
            }
        }
        return List.of();
    }

    private boolean limitReached() {
        return maxResults > 0 && emitted >= maxResults;
    }

    private void finish(boolean scannedEverything) {
        finished = true;
        complete = scannedEverything;
    }

    /** True when the run has nothing more to emit. */
    boolean finished() {
        return finished;
    }

    /** True when the run ended because the whole result was scanned (not cut by maxResults). */
    boolean scannedEverything() {
        return finished && complete;
    }

    long emitted() {
        return emitted;
    }

    /** Records the run would have emitted but could not, because they carry no conversationId. */
    long withoutId() {
        return withoutId;
    }

    /** Forgets pending records, e.g. after a failed exchange in incremental mode (they are fetched again). */
    void abandon() {
        finished = true;
        complete = false;
    }
}
