package io.github.camelgenesys.search;

import io.github.camelgenesys.query.DetailsQueryPager;

/**
 * The pages of a details query over an interval of any length, one UTC day at a time and never past the pagination
 * cap (see {@link DetailsQueryPager}); a search run's page number counts the requests of the run.
 */
final class DayByDayPages implements PageSource {

    private final DetailsQueryPager pager;

    DayByDayPages(DetailsQueryPager pager) {
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
