package io.github.camelgenesys.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently seen conversation ids, bounded: the oldest id is forgotten when the capacity is reached.
 * <p>
 * The details query can return a conversation twice when pages shift under a running query (Genesys documents this);
 * such duplicates sit near page boundaries, so remembering the last few pages' ids removes them with memory that does
 * not grow with the result set.
 */
public final class SeenConversationIds {

    private final Map<String, Boolean> ids;

    public SeenConversationIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the id; returns true when it was not seen before (within the window). */
    public synchronized boolean firstSighting(String conversationId) {
        return ids.put(conversationId, Boolean.TRUE) == null;
    }

    public synchronized int size() {
        return ids.size();
    }

    public synchronized void clear() {
        ids.clear();
    }
}
