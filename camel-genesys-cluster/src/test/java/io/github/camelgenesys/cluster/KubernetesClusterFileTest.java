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
            KubernetesClusterService service = (KubernetesClusterService) services.iterator().next();
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
