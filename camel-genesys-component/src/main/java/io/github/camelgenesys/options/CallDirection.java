package io.github.camelgenesys.options;

/** Segment directions of the {@code direction} filter (a comma-separated list of these). */
public enum CallDirection {
    inbound, outbound
}
