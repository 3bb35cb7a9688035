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
package io.github.camelgenesys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GenesysLocationTest {

    @Test
    void allEighteenRegionsMapToTheirApiAndLoginHosts() {
        assertEquals(18, GenesysRegion.values().length);
        assertEquals("api.mypurecloud.ie", GenesysRegion.eu_west_1.apiHost());
        assertEquals("login.mypurecloud.ie", GenesysRegion.eu_west_1.loginHost());
        assertEquals("login.use2.us-gov-pure.cloud", GenesysRegion.us_east_2.loginHost());
        assertEquals("api.apse1.pure.cloud", GenesysRegion.ap_southeast_1.apiHost());
        assertEquals(
                "api.edee1.eusc-pure.cloud",
                GenesysRegion.parse("eusc-de-east-1").apiHost());
        assertEquals("login.edee1.eusc-pure.cloud", GenesysRegion.eusc_de_east_1.loginHost());
    }

    @Test
    void regionNamesAreCaseInsensitiveAndAcceptDashes() {
        assertEquals(GenesysRegion.eu_central_2, GenesysRegion.parse("EU_CENTRAL_2"));
        assertEquals(GenesysRegion.us_west_2, GenesysRegion.parse(" us-west-2 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GenesysRegion.parse("eu"));
        assertTrue(e.getMessage().contains("'region'") && e.getMessage().contains("mx_central_1"), e.getMessage());
    }

    @Test
    void exactlyOneLocationFormIsAccepted() {
        assertEquals(
                new GenesysLocation("https://api.mypurecloud.com", "https://login.mypurecloud.com"),
                GenesysLocation.resolve(null, null, null, null));
        assertEquals(
                new GenesysLocation("https://api.mypurecloud.de", "https://login.mypurecloud.de"),
                GenesysLocation.resolve(null, "mypurecloud.de", null, null));
        assertEquals(
                new GenesysLocation("http://localhost:1", "http://localhost:2"),
                GenesysLocation.resolve("", null, "http://localhost:1", "http://localhost:2"));
        assertThrows(
                IllegalArgumentException.class,
                () -> GenesysLocation.resolve("eu_west_1", null, "http://localhost:1", "http://localhost:1"));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> GenesysLocation.resolve(null, "https://api.mypurecloud.de", null, null));
        assertTrue(e.getMessage().contains("'environment'"), e.getMessage());
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        assertEquals(Duration.ofSeconds(42), RetryAfter.parseRetryAfter("42", now));
        assertEquals(Duration.ofSeconds(30), RetryAfter.parseRetryAfter("Tue, 24 Nov 2026 12:00:30 GMT", now));
        assertEquals(Duration.ZERO, RetryAfter.parseRetryAfter("Tue, 24 Nov 2026 11:00:00 GMT", now));
        assertNull(RetryAfter.parseRetryAfter("soon", now));
        assertNull(RetryAfter.parseRetryAfter(null, now));
        assertEquals(Duration.ofSeconds(9), RetryAfter.parseSeconds("9"));
    }
}
