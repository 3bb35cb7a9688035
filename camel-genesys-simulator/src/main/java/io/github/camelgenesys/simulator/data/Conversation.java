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

/**
 * The facts of one historical conversation, derived from (seed, index). Every rendering (details, aggregates,
 * recordings, messages, GET conversation) is computed from these, so all endpoints agree.
 *
 * @param index      position in the store (generated 0..n-1, injected n..)
 * @param startMs    conversationStart
 * @param waitMs     time in queue before an agent answered (or before the customer abandoned)
 * @param talkMs     agent interaction time (0 when abandoned)
 * @param acwMs      after-call work (0 when abandoned)
 * @param queue      queue index
 * @param user       agent index, -1 when abandoned
 * @param wrapUp     wrap-up code index, -1 when abandoned
 */
public record Conversation(
        long index,
        String id,
        long startMs,
        String mediaType,
        String direction,
        int queue,
        int user,
        int division,
        int wrapUp,
        long waitMs,
        long talkMs,
        long acwMs,
        boolean abandoned,
        boolean transferred) {

    /** Longest possible conversation; lets interval scans start this far before the interval. */
    public static final long MAX_DURATION_MS = 30 * 60_000L;

    public long endMs() {
        return startMs + waitMs + talkMs + acwMs;
    }

    public long answeredMs() {
        return startMs + waitMs;
    }

    public boolean endedBy(long nowMs) {
        return endMs() <= nowMs;
    }

    public long handleMs() {
        return talkMs + acwMs;
    }

    public boolean hasRecording() {
        return "voice".equals(mediaType) && !abandoned;
    }
}
