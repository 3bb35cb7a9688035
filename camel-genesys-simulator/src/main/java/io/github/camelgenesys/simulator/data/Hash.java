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

/** SplitMix64-based mixing: every generated attribute derives from (seed, salt, index). */
public final class Hash {
    private Hash() {}

    public static long mix(long seed, long salt, long index) {
        long z = seed * 0x9E37_79B9_7F4A_7C15L + salt * 0xBF58_476D_1CE4_E5B9L + index * 0x94D0_49BB_1331_11EBL;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, bound). */
    public static int below(long seed, long salt, long index, int bound) {
        return (int) Long.remainderUnsigned(mix(seed, salt, index), bound);
    }

    /** A value in [min, max]. */
    public static long between(long seed, long salt, long index, long min, long max) {
        return min + Long.remainderUnsigned(mix(seed, salt, index), max - min + 1);
    }
}
