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

import io.github.camelgenesys.query.DetailsQueryPager;

/**
 * The pages of a {@link DetailsQueryPager} as a search run reads them: day by day (a run's page number counts its
 * requests), or for the incremental search one query from the first page past the watermark (the API's page numbers).
 */
final class DetailsPages implements PageSource {

    private final DetailsQueryPager pager;

    DetailsPages(DetailsQueryPager pager) {
        this.pager = pager;
    }

    @Override
    public SearchPage next() {
        DetailsQueryPager.Page page = pager.next();
        if (page == null) {
            return new SearchPage(java.util.List.of(), pager.requests(), null, null, true);
        }
        return new SearchPage(page.records(), page.number(), page.totalHits(), page.correlationId(), pager.finished());
    }
}
