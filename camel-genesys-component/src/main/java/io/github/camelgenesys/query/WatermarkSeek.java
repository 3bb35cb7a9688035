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
package io.github.camelgenesys.query;

import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.model.PagedConversation;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Finds the first page of a details query sorted by conversationEnd ascending that holds a record ending at or after
 * a watermark, so an incremental read skips the head of the touched days without paging through it.
 * <p>
 * A full page whose last record ends before the watermark holds only records before it (the order is ascending).
 * Pages are probed by doubling from the page the first page's {@code totalHits} suggests, then by bisecting, about
 * 2 log2(pages) requests instead of all the pages. It never probes past the cap ({@code lastPage}); a watermark
 * beyond it fails with the caller's error.
 */
final class WatermarkSeek {

    /** The first page not wholly before the watermark, and its response. */
    record Found(int pageNumber, DetailsQueryPager.Response response) {}

    private final int pageSize;
    private final long lastPage;
    private final IntFunction<DetailsQueryPager.Response> fetch;
    private final Supplier<GenesysException> beyondCap;

    /**
     * @param lastPage  the last page the cap allows (maxPagedResults / pageSize)
     * @param fetch     sends the request for a page number
     * @param beyondCap the error when the watermark lies past the cap
     */
    WatermarkSeek(
            int pageSize,
            long lastPage,
            IntFunction<DetailsQueryPager.Response> fetch,
            Supplier<GenesysException> beyondCap) {
        this.pageSize = pageSize;
        this.lastPage = lastPage;
        this.fetch = fetch;
        this.beyondCap = beyondCap;
    }

    Found find(Instant watermark) {
        DetailsQueryPager.Response first = fetch.apply(1);
        if (!before(first, watermark)) {
            return new Found(1, first);
        }
        int lo = 1;
        long guess = first.totalHits() == null ? 2 : (first.totalHits() + pageSize - 1) / pageSize;
        long hi = Math.max(2, Math.min(guess, lastPage));
        DetailsQueryPager.Response atHi;
        while (true) {
            if (hi > lastPage) {
                throw beyondCap.get();
            }
            atHi = fetch.apply((int) hi);
            if (!before(atHi, watermark)) {
                break;
            }
            lo = (int) hi;
            if (hi == lastPage) {
                throw beyondCap.get();
            }
            hi = Math.min(hi * 2, lastPage);
        }
        while (hi - lo > 1) {
            int mid = (int) ((lo + hi) / 2);
            DetailsQueryPager.Response probe = fetch.apply(mid);
            if (before(probe, watermark)) {
                lo = mid;
            } else {
                hi = mid;
                atHi = probe;
            }
        }
        return new Found((int) hi, atHi);
    }

    /** A full page whose last record ended before the watermark: every record on it comes before it. */
    private boolean before(DetailsQueryPager.Response page, Instant watermark) {
        List<PagedConversation> records = page.conversations();
        if (records.size() < pageSize) {
            return false;
        }
        Instant end = records.get(records.size() - 1).conversationEnd();
        return end != null && end.isBefore(watermark);
    }
}
