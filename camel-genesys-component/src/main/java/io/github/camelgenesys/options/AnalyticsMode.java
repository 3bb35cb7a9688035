package io.github.camelgenesys.options;

/** What {@code genesys:analytics} reads (option {@code mode}). */
public enum AnalyticsMode {
    details, aggregates, query
}
