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
 * Deterministic UUID-shaped ids that encode (kind, number) and can be parsed back. The first nibble of the fourth
 * group names the kind; the last group is the number masked with a seed-derived value; the rest is a hash, so
 * ids look random and are validated on parse.
 */
public final class Ids {
    public static final int CONVERSATION = 0x8;
    public static final int RECORDING = 0x9;
    public static final int MESSAGE = 0xa;
    public static final int QUEUE = 0xb;
    public static final int USER = 0xc;
    public static final int DIVISION = 0xd;
    public static final int WRAPUP = 0xe;
    public static final int LIVE = 0xf;
    public static final int JOB = 0x7;
    private static final long NUMBER_MASK = 0xFFFF_FFFF_FFFFL;

    private final long seed;

    public Ids(long seed) {
        this.seed = seed;
    }

    public String id(int kind, long number) {
        long h = Hash.mix(seed, kind * 0x9E37_79B9L, number);
        long mask = Hash.mix(seed, kind, -1) & NUMBER_MASK;
        return String.format(
                "%08x-%04x-4%03x-%x%03x-%012x",
                (h >>> 32) & 0xFFFF_FFFFL,
                (h >>> 16) & 0xFFFF,
                (h >>> 4) & 0xFFF,
                kind,
                h & 0xFFF,
                (number ^ mask) & NUMBER_MASK);
    }

    /** The number encoded in an id of this kind, or -1 if the id is not one of ours. */
    public long parse(int kind, String id) {
        if (id == null || id.length() != 36 || Character.digit(id.charAt(19), 16) != kind) {
            return -1;
        }
        try {
            long masked = Long.parseLong(id.substring(24), 16);
            long number = masked ^ (Hash.mix(seed, kind, -1) & NUMBER_MASK);
            return id(kind, number).equals(id) ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
