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
    private GenesysCatalog() {
    }

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
