package io.github.camelgenesys.search;

/**
 * Fetches the pages of one query run in order, one request per call. The position moves only after a page was
 * received, so a call that fails (rate limit, outage) is repeated on the same page by the next call.
 */
interface PageSource {

    /** The next page; call only while the previous page was not {@link SearchPage#last() last}. */
    SearchPage next();
}
