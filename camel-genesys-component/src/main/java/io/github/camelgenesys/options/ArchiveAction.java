package io.github.camelgenesys.options;

/** What a recording job does (option {@code action}); the constants are the API's values. */
public enum ArchiveAction {
    ARCHIVE, DELETE, EXPORT
}
