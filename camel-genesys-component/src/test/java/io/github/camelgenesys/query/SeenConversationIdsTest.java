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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenConversationIdsTest {

    @Test
    void repeatsWithinTheWindowAreDetectedAndMemoryStaysBounded() {
        SeenConversationIds seen = new SeenConversationIds(3);
        assertTrue(seen.firstSighting("a"));
        assertFalse(seen.firstSighting("a"));
        for (int i = 0; i < 100; i++) {
            seen.firstSighting("id-" + i);
        }
        assertEquals(3, seen.size());
        assertTrue(seen.firstSighting("a"), "an id older than the window is forgotten");
    }
}
