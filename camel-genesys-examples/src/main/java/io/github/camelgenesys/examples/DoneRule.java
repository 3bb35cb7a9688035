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
package io.github.camelgenesys.examples;

import java.util.Locale;

/**
 * When the demo considers a pipeline finished: after {@code polls:N} polls of its consumer, or {@code idle}: after
 * the first poll that found nothing new (for consumers that catch up, such as incremental analytics).
 */
record DoneRule(int polls, boolean untilIdle) {

    static DoneRule parse(String property, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("idle")) {
            return new DoneRule(0, true);
        }
        if (value.startsWith("polls:")) {
            try {
                int n = Integer.parseInt(value.substring("polls:".length()).trim());
                if (n > 0) {
                    return new DoneRule(n, false);
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException(
                "Property " + property + " must be 'polls:N' (N > 0) or 'idle', got '" + text + "'");
    }

    boolean isDone(PipelineMonitor.Counters counters) {
        return untilIdle ? counters.emptyPolls() > 0 : counters.polls() >= polls;
    }

    @Override
    public String toString() {
        return untilIdle ? "idle" : "polls:" + polls;
    }
}
