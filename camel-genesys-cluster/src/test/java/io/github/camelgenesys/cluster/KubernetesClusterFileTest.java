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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

/**
 * classpath:cluster/kubernetes.yaml builds the Lease-based cluster service from its properties and registers it
 * where master: finds it. No Kubernetes here: nothing asks the service for a view, so it contacts no API server
 * (the election itself is documented, not tested, see docs/cluster.md).
 */
class KubernetesClusterFileTest {

    @Test
    void theKubernetesFileRegistersOneLeaseClusterServiceWithTheGivenSettings() throws Exception {
        Main main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:cluster/kubernetes.yaml");
        main.addOverrideProperty("cluster.node-id", "analytics-7d9f-abcde");
        main.addOverrideProperty("cluster.kubernetes.namespace", "genesys");
        main.addOverrideProperty("cluster.kubernetes.lease-duration", "20000");
        main.start();
        try {
            Set<CamelClusterService> services = main.getCamelContext().hasServices(CamelClusterService.class);

            assertEquals(1, services.size(), "one cluster service among the context's services: " + services);
            KubernetesClusterService service =
                    (KubernetesClusterService) services.iterator().next();
            assertEquals("analytics-7d9f-abcde", service.getPodName());
            assertEquals("genesys", service.getKubernetesNamespace());
            assertEquals(LeaseResourceType.Lease, service.getLeaseResourceType());
            assertEquals("camel-genesys", service.getKubernetesResourceName());
            assertEquals(20_000, service.getLeaseDurationMillis());
            assertEquals(10_000, service.getRenewDeadlineMillis());
            assertEquals(2_000, service.getRetryPeriodMillis());
        } finally {
            main.stop();
        }
    }
}
