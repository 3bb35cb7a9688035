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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How the application picks a real org or the embedded simulator from the environment. */
class GenesysTargetTest {

    private static ExampleSettings settings(Map<String, String> env) {
        return new ExampleSettings(new Properties(), new Properties(), env);
    }

    @Test
    void withoutAClientIdTheSimulatorIsUsed() {
        assertNull(GenesysTarget.realOrg(settings(Map.of())));
    }

    @Test
    void aRealOrgGetsTheRegionAndPlaceholdersSoTheSecretNeverPassesThroughTheApplication() {
        GenesysTarget target = GenesysTarget.realOrg(settings(Map.of(
                "GENESYS_CLIENT_ID", "id-123", "GENESYS_CLIENT_SECRET", "s3cr3t", "GENESYS_REGION", "eu_west_1")));

        assertFalse(target.embedded());
        assertEquals(
                Map.of(
                        "camel.component.genesys.region",
                        "eu_west_1",
                        "camel.component.genesys.client-id",
                        "{{env:GENESYS_CLIENT_ID}}",
                        "camel.component.genesys.client-secret",
                        "{{env:GENESYS_CLIENT_SECRET}}"),
                target.componentProperties());
        assertFalse(target.toString().contains("s3cr3t"));
    }

    @Test
    void aClientIdWithoutSecretOrRegionIsAClearError() {
        IllegalArgumentException noSecret = assertThrows(
                IllegalArgumentException.class,
                () -> GenesysTarget.realOrg(settings(Map.of("GENESYS_CLIENT_ID", "id-123"))));
        assertTrue(noSecret.getMessage().contains("GENESYS_CLIENT_SECRET"), noSecret.getMessage());

        IllegalArgumentException noRegion = assertThrows(
                IllegalArgumentException.class,
                () -> GenesysTarget.realOrg(
                        settings(Map.of("GENESYS_CLIENT_ID", "id-123", "GENESYS_CLIENT_SECRET", "s3cr3t"))));
        assertTrue(noRegion.getMessage().contains("GENESYS_REGION"), noRegion.getMessage());
        assertFalse(noRegion.getMessage().contains("s3cr3t"));
    }

    @Test
    void doneRulesAcceptPollsOrIdleAndNameThePropertyOtherwise() {
        assertEquals(new DoneRule(3, false), DoneRule.parse("p", "polls:3"));
        assertEquals(new DoneRule(0, true), DoneRule.parse("p", "idle"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DoneRule.parse("genesys.demo.until.x", "forever"));
        assertTrue(e.getMessage().contains("genesys.demo.until.x"), e.getMessage());
    }
}
