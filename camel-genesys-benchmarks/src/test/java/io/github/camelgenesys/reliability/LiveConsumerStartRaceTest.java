package io.github.camelgenesys.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LiveConsumer with {@code initialDelay=0}: its first poll may run before {@code doStart} has created the queue
 * directory (a bug the reliability suite found, now fixed). The race is timing-dependent, so the test starts the
 * consumer twenty times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveConsumerStartRaceTest {

    private SimulatedOrg org;

    @BeforeAll
    void startOrg() throws Exception {
        org = new SimulatedOrg(10, 1);
    }

    @AfterAll
    void stopOrg() {
        org.close();
    }

    @Test
    void firstRunRightAfterStartDoesNotFail() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        String uri = org.uri("live", "queueIds=" + org.sim.data().queueIds().get(0)
                + "&delay=1000&initialDelay=0&bridgeErrorHandler=true");
        for (int i = 0; i < 20; i++) {
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        onException(Exception.class).handled(true)
                                .process(e -> failures.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
                        from(uri).routeId("live").log("${header.CamelGenesysLiveEvent}");
                    }
                });
                context.start();
                Thread.sleep(100);
            }
        }
        assertEquals(List.of(), failures);
    }
}
