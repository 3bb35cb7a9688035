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

import java.util.LinkedHashMap;
import java.util.Map;

/** The customer participant's attributes of a historical conversation (70% of conversations have some). */
public final class ParticipantAttributes {
    private static final String[] SEGMENTS = {"gold", "silver", "bronze"};
    private static final String[] LANGUAGES = {"en-us", "fr-fr", "de-de", "nl-nl"};
    private final long seed;

    public ParticipantAttributes(long seed) {
        this.seed = seed;
    }

    public Map<String, String> of(Conversation c) {
        if (Hash.below(seed, 30, c.index(), 10) >= 7) {
            return Map.of();
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("customerId", String.format("C%07d", Hash.below(seed, 31, c.index(), 5_000_000)));
        attrs.put("segment", SEGMENTS[Hash.below(seed, 32, c.index(), SEGMENTS.length)]);
        attrs.put("language", LANGUAGES[Hash.below(seed, 33, c.index(), LANGUAGES.length)]);
        return attrs;
    }
}
