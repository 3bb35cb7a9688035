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
package io.github.camelgenesys.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.component.seda.SedaComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComponentOptionsBinderTest {

    private final CamelContext context = new DefaultCamelContext();
    private final ComponentOptionsBinder binder = new ComponentOptionsBinder();

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void camelComponentKeysConfigureTheComponentAndOtherKeysAreIgnored() {
        Properties config = new Properties();
        config.put("camel.component.seda.queueSize", "7");
        config.put("camel.component.seda.default-block-when-full", "true");
        config.put("service.pid", "io.github.camelgenesys");
        config.put("felix.fileinstall.filename", "file:/opt/karaf/etc/io.github.camelgenesys.cfg");

        bind(config);

        SedaComponent seda = context.getComponent("seda", SedaComponent.class);
        assertEquals(7, seda.getQueueSize());
        assertTrue(seda.isDefaultBlockWhenFull());
    }

    @Test
    void valuesMayUsePropertyPlaceholders() {
        context.getPropertiesComponent().addInitialProperty("queue.size", "11");

        bind(Map.of("camel.component.seda.queueSize", "{{queue.size}}"));

        assertEquals(11, context.getComponent("seda", SedaComponent.class).getQueueSize());
    }

    @Test
    void componentStartedAfterBindingWhenTheContextRuns() {
        context.start();

        bind(Map.of("camel.component.seda.queueSize", "5"));

        SedaComponent seda = context.getComponent("seda", SedaComponent.class);
        assertTrue(seda.isStarted());
        assertEquals(5, seda.getQueueSize());
    }

    @Test
    void unknownOptionFailsNamingTheKey() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> bind(Map.of("camel.component.seda.queueSize", "3", "camel.component.seda.noSuchOption", "x")));

        assertTrue(error.getMessage().contains("camel.component.seda.noSuchOption"), error.getMessage());
    }

    @Test
    void unknownComponentFailsNamingIt() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> bind(Map.of("camel.component.nosuchcomponent.foo", "x")));

        assertTrue(error.getMessage().contains("Unknown Camel component 'nosuchcomponent'"), error.getMessage());
    }

    @Test
    void keyWithoutAnOptionFailsNamingTheForm() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> bind(Map.of("camel.component.seda", "x")));

        assertTrue(error.getMessage().contains("camel.component.<component>.<option>"), error.getMessage());
    }

    @Test
    void valueThatDoesNotFitIsReportedWithoutTheValue() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> bind(Map.of("camel.component.seda.queueSize", "s3cr3t-value")));

        assertTrue(error.getMessage().contains("camel.component.seda.queueSize"), error.getMessage());
        assertFalse(error.getMessage().contains("s3cr3t"), error.getMessage());
        assertEquals(null, error.getCause());
    }

    @Test
    void noPropertiesIsNoChange() {
        binder.setCamelContext(context);
        binder.setProperties(null);

        binder.bind();

        assertFalse(context.getComponentNames().contains("seda"));
    }

    private void bind(Map<?, ?> properties) {
        binder.setCamelContext(context);
        binder.setProperties(properties);
        binder.bind();
    }
}
