/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
                return super.size() > capacity; // the map's size, not SeenConversationIds.size()
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
