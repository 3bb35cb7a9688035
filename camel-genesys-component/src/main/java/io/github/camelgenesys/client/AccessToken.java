package io.github.camelgenesys.client;

/** An issued bearer token and when to refresh it (monotonic nanos). {@link #toString()} never shows the value. */
record AccessToken(String value, long refreshAtNanos) {

    boolean needsRefresh(long nowNanos) {
        return nowNanos - refreshAtNanos >= 0;
    }

    @Override
    public String toString() {
        return "AccessToken[******]";
    }
}
