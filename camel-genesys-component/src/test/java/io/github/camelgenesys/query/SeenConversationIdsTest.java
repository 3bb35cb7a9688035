package io.github.camelgenesys.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
