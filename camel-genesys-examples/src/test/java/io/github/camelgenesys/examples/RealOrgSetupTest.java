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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

/** The application's wiring for a real org (nothing is started, no request leaves the machine). */
class RealOrgSetupTest {
    private static final Map<String, String> ENV =
            Map.of("GENESYS_CLIENT_ID", "id-123", "GENESYS_CLIENT_SECRET", "s3cr3t", "GENESYS_REGION", "eu_west_1");

    private static Properties prepare(Properties overrides, ByteArrayOutputStream printed) {
        try (ExamplesApp app =
                new ExamplesApp(overrides, ENV, null, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            Main main = app.prepare();
            return main.getOverrideProperties();
        }
    }

    @Test
    void aRealOrgGetsItsRegionAndTheDemoLeavesTheArchivePipelineOut() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Properties props = prepare(new Properties(), printed);

        assertEquals("eu_west_1", props.getProperty("camel.component.genesys.region"));
        assertEquals("{{env:GENESYS_CLIENT_SECRET}}", props.getProperty("camel.component.genesys.client-secret"));
        assertEquals(null, props.getProperty("camel.component.genesys.api-url"), "no simulator");
        assertEquals(
                "analytics-export,queue-report,messaging-sync,live-monitor",
                props.getProperty("genesys.demo.pipelines"));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("region eu_west_1") && !text.contains("s3cr3t"), text);
    }

    @Test
    void theArchivePipelineRunsOnARealOrgOnlyWhenNamed() {
        Properties overrides = new Properties();
        overrides.setProperty("genesys.demo.pipelines", "archive-pipeline");

        Properties props = prepare(overrides, new ByteArrayOutputStream());

        assertEquals("archive-pipeline", props.getProperty("genesys.demo.pipelines"));
    }
}
