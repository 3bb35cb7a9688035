package io.github.camelgenesys.options;

/** What {@code genesys:search} reads (option {@code searchType}). */
public enum SearchType {
    detailsQuery, participantAttributes
}
