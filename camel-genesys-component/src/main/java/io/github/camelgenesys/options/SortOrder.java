package io.github.camelgenesys.options;

/** Sort order of a details query (option {@code order}); the constants are the API's values. */
public enum SortOrder {
    asc, desc
}
