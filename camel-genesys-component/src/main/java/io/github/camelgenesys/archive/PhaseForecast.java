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
package io.github.camelgenesys.archive;

/**
 * How long one wait of a recording job (PENDING or PROCESSING) takes, learned from the jobs of a producer: a bracket
 * [lo, hi] of nanoseconds from the start of the wait. Each job that was polled during its wait adds its own bracket
 * (the last poll that still saw the wait, the first answer that saw it over): when the two agree, the bracket narrows
 * to their overlap; when they do not (the waits got longer or shorter), it widens to cover both, and later jobs narrow
 * it again. Shared by the exchanges of one producer.
 */
final class PhaseForecast {

    /** The wait is expected to end after {@code lo} and by {@code hi} nanoseconds. */
    record Bracket(long lo, long hi) {}

    private Bracket bracket;

    /** A job's wait ended after {@code lo} and by {@code hi} nanoseconds from its start. */
    synchronized void observe(long lo, long hi) {
        Bracket sample = new Bracket(Math.max(0, Math.min(lo, hi)), Math.max(0, hi));
        if (bracket == null) {
            bracket = sample;
            return;
        }
        long overlapLo = Math.max(bracket.lo(), sample.lo());
        long overlapHi = Math.min(bracket.hi(), sample.hi());
        bracket = overlapLo <= overlapHi
                ? new Bracket(overlapLo, overlapHi)
                : new Bracket(Math.min(bracket.lo(), sample.lo()), Math.max(bracket.hi(), sample.hi()));
    }

    /** The current bracket, null before the first job's wait ended. */
    synchronized Bracket bracket() {
        return bracket;
    }
}
