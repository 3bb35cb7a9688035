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
package io.github.camelgenesys.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.apache.camel.tooling.model.JsonMapper;

/** The component's options as its catalog (genesys.json) lists them, found the way Camel finds it at runtime. */
final class GenesysCatalog {
    private GenesysCatalog() {}

    static List<ComponentOptionModel> componentOptions() {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            String json = context.getComponentParameterJsonSchema("genesys");
            ComponentModel model = JsonMapper.generateComponentModel(json);
            return model.getComponentOptions();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String propertyName(ComponentOptionModel option) {
        return "camel.component.genesys." + GenesysComponentOptions.dashed(option.getName());
    }
}
