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
package io.github.camelgenesys.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.cluster.CamelClusterService;

/**
 * Adds a cluster service declared as a bean (e.g. in YAML) to the CamelContext's services, where Camel's
 * {@code master:} component looks for it. Camel Main does this only for beans bound before its configuration step,
 * not for beans of route files; declare this bean right after the cluster service:
 * <pre>
 * - name: genesysClusterServiceRegistration
 *   type: io.github.camelgenesys.cluster.ClusterServiceRegistration
 *   properties:
 *     service: "#genesysClusterService"
 * </pre>
 * The service is started with the context (now, when the context is already starting) and stopped with it.
 */
public final class ClusterServiceRegistration implements CamelContextAware {

    private CamelContext camelContext;
    private CamelClusterService service;

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
        register();
    }

    public CamelClusterService getService() {
        return service;
    }

    /** The cluster service to register (a reference to its bean, e.g. #genesysClusterService). */
    public void setService(CamelClusterService service) {
        this.service = service;
        register();
    }

    /**
     * Whether this service, or one with its id, is a service of the context already: the YAML loader may build the
     * beans of a file more than once, and two services with one id would compete as two members.
     */
    private boolean registered() {
        return camelContext.hasServices(CamelClusterService.class).stream()
                .anyMatch(s -> s == service || s.getId() != null && s.getId().equals(service.getId()));
    }

    private void register() {
        if (camelContext == null || service == null || registered()) {
            return;
        }
        try {
            camelContext.addService(service, true, true);
        } catch (Exception e) {
            throw new RuntimeCamelException(
                    "Could not start the cluster service " + service.getId() + ": " + e.getMessage(), e);
        }
    }
}
