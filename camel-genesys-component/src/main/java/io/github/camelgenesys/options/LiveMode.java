package io.github.camelgenesys.options;

/** Change events or full snapshots from {@code genesys:live} (option {@code liveMode}). */
public enum LiveMode {
    events, snapshot
}
