package io.github.camelgenesys.options;

/** How {@code genesys:archive} selects conversations (option {@code selection}). */
public enum ArchiveSelection {
    ids, query
}
