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
package io.github.camelgenesys.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelgenesys.client.GenesysJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    private static final ObjectMapper BEFORE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final List<String> OTHER_FORMS = List.of(
            "2024-05-01T10:15:30Z",
            "2024-05-01T10:15:30.1Z",
            "2024-05-01T10:15:30.123456Z",
            "2024-05-01T10:15:30.123456789Z",
            "2024-05-01T12:15:30.123+02:00",
            "+12024-05-01T10:15:30.123Z",
            "-0001-05-01T10:15:30.123Z");

    @Test
    void theGenesysFormIsParsedLikeInstantParse() {
        for (String text : List.of(
                "2024-05-01T10:15:30.123Z",
                "1970-01-01T00:00:00.000Z",
                "1969-12-31T23:59:59.999Z",
                "2024-02-29T23:59:59.001Z",
                "0000-01-01T00:00:00.000Z",
                "9999-12-31T23:59:59.999Z")) {
            assertEquals(Instant.parse(text), IsoInstant.parse(text), text);
        }
    }

    @Test
    void otherFormsFallBackToInstantParse() {
        for (String text : OTHER_FORMS) {
            assertEquals(Instant.parse(text), IsoInstant.parse(text), text);
        }
    }

    @Test
    void invalidTextsFailLikeInstantParse() {
        for (String text : List.of(
                "2023-02-29T10:15:30.123Z",
                "2024-13-01T10:15:30.123Z",
                "2024-05-01T24:15:30.123Z",
                "2024-05-01T10:60:30.123Z",
                "2024-05-01T10:15:30.12xZ",
                "2024-05-01 10:15:30.123Z",
                "")) {
            assertThrows(DateTimeParseException.class, () -> Instant.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text), text);
        }
    }

    @Test
    void formatWritesWhatInstantToStringWrites() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong() % 400_000_000_000L;
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant.toString(), IsoInstant.format(instant));
        }
        assertEquals(Instant.MAX.toString(), IsoInstant.format(Instant.MAX));
        assertEquals(Instant.MIN.toString(), IsoInstant.format(Instant.MIN));
    }

    @Test
    void theMapperReadsInstantsExactlyAsBefore() throws Exception {
        List<String> values = new java.util.ArrayList<>();
        values.add("\"2024-05-01T10:15:30.123Z\"");
        OTHER_FORMS.forEach(t -> values.add("\"" + t + "\""));
        values.add("1714558530123");
        values.add("1714558530.123");
        for (String json : values) {
            assertEquals(
                    BEFORE.readValue(json, Instant.class), GenesysJson.mapper().readValue(json, Instant.class), json);
        }
        assertNull(GenesysJson.mapper().readValue("\"\"", Instant.class));
        assertEquals(
                BEFORE.readValue("\"\"", Instant.class), GenesysJson.mapper().readValue("\"\"", Instant.class));
    }
}
