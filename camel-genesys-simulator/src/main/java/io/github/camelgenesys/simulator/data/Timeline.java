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
 * When each phase of a conversation happens, for rendering its current state (GET conversation, observations).
 * {@code answeredMs}/{@code endMs} are {@link Long#MAX_VALUE} while unknown (not answered / not ended yet).
 */
public record Timeline(
        String id,
        long salt,
        String mediaType,
        String direction,
        int queue,
        int user,
        int wrapUp,
        long startMs,
        long answeredMs,
        long endMs) {
    public static final long NEVER = Long.MAX_VALUE;

    public static Timeline of(Conversation c) {
        return new Timeline(
                c.id(),
                c.index(),
                c.mediaType(),
                c.direction(),
                c.queue(),
                c.user(),
                c.wrapUp(),
                c.startMs(),
                c.abandoned() ? NEVER : c.answeredMs(),
                c.endMs());
    }

    public boolean ended(long now) {
        return endMs <= now;
    }

    public boolean waiting(long now) {
        return startMs <= now && answeredMs > now && endMs > now;
    }

    public boolean interacting(long now) {
        return answeredMs <= now && endMs > now;
    }

    /** The state the conversation is in: waiting, interacting or ended. */
    public String phase(long now) {
        return ended(now) ? "ended" : interacting(now) ? "interacting" : "waiting";
    }
}
