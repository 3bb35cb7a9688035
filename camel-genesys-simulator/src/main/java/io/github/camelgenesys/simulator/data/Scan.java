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
package io.github.camelgenesys.simulator.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks conversations of a start-time range in start order, merging generated and injected ones. Its position is
 * two numbers, so a page's starting point can be cached and resumed cheaply.
 */
public final class Scan implements Iterator<Conversation> {
    private final ConversationStore store;
    private final long genLo;
    private final long genHi;
    private final long[] injected;
    private final long[] explicit;
    private final boolean ascending;
    private long genPos;
    private int injPos;
    private Conversation nextGen;
    private Conversation nextInj;

    Scan(ConversationStore store, long genLo, long genHi, long[] injected, boolean ascending) {
        this(store, genLo, genHi, injected, null, ascending);
    }

    /** A scan over explicit store indices, already sorted by start (used when a filter names conversation ids). */
    static Scan over(ConversationStore store, long[] indicesByStart, boolean ascending) {
        return new Scan(store, 0, indicesByStart.length, new long[0], indicesByStart, ascending);
    }

    private Scan(ConversationStore store, long genLo, long genHi, long[] injected, long[] explicit, boolean ascending) {
        this.store = store;
        this.genLo = genLo;
        this.genHi = genHi;
        this.injected = injected;
        this.explicit = explicit;
        this.ascending = ascending;
        this.genPos = ascending ? genLo : genHi - 1;
        this.injPos = ascending ? 0 : injected.length - 1;
    }

    /** Number of conversations in the range (O(1) plus the injected ones). */
    public long size() {
        return (genHi - genLo) + injected.length;
    }

    /** Resumes at a position from {@link #position()}. */
    public Scan seek(long[] position) {
        genPos = position[0];
        injPos = (int) position[1];
        nextGen = null;
        nextInj = null;
        return this;
    }

    /** Where the next call to {@link #next()} continues. */
    public long[] position() {
        return new long[] {genPos, injPos};
    }

    @Override
    public boolean hasNext() {
        return peekGen() != null || peekInj() != null;
    }

    @Override
    public Conversation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Conversation g = peekGen();
        Conversation i = peekInj();
        boolean takeGen =
                i == null || (g != null && (ascending ? g.startMs() <= i.startMs() : g.startMs() >= i.startMs()));
        if (takeGen) {
            nextGen = null;
            genPos += ascending ? 1 : -1;
            return g;
        }
        nextInj = null;
        injPos += ascending ? 1 : -1;
        return i;
    }

    private Conversation peekGen() {
        if (nextGen == null && genPos >= genLo && genPos < genHi) {
            nextGen = store.get(explicit == null ? genPos : explicit[(int) genPos]);
        }
        return nextGen;
    }

    private Conversation peekInj() {
        if (nextInj == null && injPos >= 0 && injPos < injected.length) {
            nextInj = store.get(injected[injPos]);
        }
        return nextInj;
    }
}
