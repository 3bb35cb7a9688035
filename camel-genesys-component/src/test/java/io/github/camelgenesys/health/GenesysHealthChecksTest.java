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
package io.github.camelgenesys.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysComponent;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The consumer and producer checks against the simulator: registered through Camel's repositories, honouring the
 * component's switches and the producers repository's global switch, UP after a good poll, DOWN naming the endpoint
 * when the login host refuses the secret, and never showing the secret or the client id.
 */
class GenesysHealthChecksTest extends CamelTestSupport {

    private static final String WRONG_SECRET = "wr0ng-Secret-Value-77";

    private static GenesysCloudSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(400)
                .days(10)
                .queues(2)
                .liveRatePerMinute(0)
                .rateLimitPerMinute(0)
                // a recording job stays RUNNING for the whole test: it is in flight until the route stops
                .jobDelay(Duration.ofMinutes(10))
                .recordingInclusionLag(Duration.ofHours(1))
                .build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private static String liveUri(String secret) {
        return SimulatorUris.uri(sim, "live", "startScheduler=false&verifyCredentialsOnStartup=false")
                .replace("RAW(" + sim.clientSecret() + ")", "RAW(" + secret + ")");
    }

    private void startRoutes(String consumerUri, String producerUri) throws Exception {
        // as Camel Main does at startup: the consumers repository is registered (enabled by default)
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                if (consumerUri != null) {
                    from(consumerUri).routeId("live-route").to("mock:live");
                }
                if (producerUri != null) {
                    from("direct:sync").routeId("sync-route").to(producerUri);
                }
            }
        });
        context.start();
    }

    private ScheduledPollConsumer liveConsumer() {
        return (ScheduledPollConsumer) context.getRoute("live-route").getConsumer();
    }

    private Optional<HealthCheck.Result> result(String id) {
        return all().stream().filter(r -> r.getCheck().getId().equals(id)).findFirst();
    }

    private Optional<HealthCheck.Result> producerResult() {
        return all().stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:genesys-messaging-"))
                .findFirst();
    }

    /** Every check's result with its details (exposure level full). */
    private Collection<HealthCheck.Result> all() {
        return HealthCheckHelper.invoke(context, check -> Map.of(), check -> false, "full");
    }

    /** Everything a health endpoint could show, for the secret scan. */
    private String everythingShown() {
        return all().stream()
                .map(r -> r.getCheck().getId() + " " + r.getState() + " "
                        + r.getMessage().orElse("") + " " + r.getDetails() + " "
                        + r.getError().map(Throwable::toString).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void consumerCheckIsUpAfterAGoodPollAndShowsTheClientStateWithoutSecrets() throws Exception {
        startRoutes(liveUri(sim.clientSecret()), null);
        assertInstanceOf(GenesysEndpointHealthCheck.class, liveConsumer().getHealthCheck());

        liveConsumer().run();

        HealthCheck.Result result = result("consumer:live-route").orElseThrow();
        assertEquals(
                HealthCheck.State.UP, result.getState(), result.getMessage().orElse(""));
        assertEquals("live", result.getDetails().get("genesys.operation"));
        assertEquals(0, result.getDetails().get("genesys.failures.consecutive"));
        assertTrue(String.valueOf(result.getDetails().get("genesys.client")).matches(".{4}\\*\\*\\* #[0-9a-f]{8}"));
        assertTrue(
                result.getDetails().containsKey("genesys.token.expires"),
                result.getDetails().toString());
        String shown = everythingShown();
        assertFalse(shown.contains(sim.clientSecret()), shown);
        assertFalse(shown.contains(sim.clientId()), shown);
    }

    @Test
    void consumerCheckIsDownNamingTheEndpointWhenTheLoginHostRefusesTheSecret() throws Exception {
        startRoutes(liveUri(WRONG_SECRET), null);

        liveConsumer().run();

        HealthCheck.Result result = result("consumer:live-route").orElseThrow();
        assertEquals(HealthCheck.State.DOWN, result.getState());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.contains("genesys:live (genesys://live, route live-route)"), message);
        assertTrue(message.contains("token request"), message);
        assertTrue(
                String.valueOf(result.getDetails().get("genesys.last.error")).contains("401"),
                result.getDetails().toString());
        String shown = everythingShown();
        assertFalse(shown.contains(WRONG_SECRET), shown);
        assertFalse(shown.contains(sim.clientSecret()), shown);
        assertFalse(shown.contains(sim.clientId()), shown);
        // the check itself never asks for a token: invoking it again sends nothing
        sim.resetStats();
        all();
        assertEquals(0, sim.stats().requestCount("POST /oauth/token"));
    }

    @Test
    void noGenesysConsumerCheckWhenHealthCheckConsumerEnabledIsFalse() throws Exception {
        context.getComponent("genesys", GenesysComponent.class).setHealthCheckConsumerEnabled(false);
        startRoutes(liveUri(WRONG_SECRET), null);

        liveConsumer().run();

        assertFalse(liveConsumer().getHealthCheck() instanceof GenesysEndpointHealthCheck);
        HealthCheck.Result result = result("consumer:live-route").orElseThrow();
        assertTrue(
                result.getDetails().keySet().stream().noneMatch(k -> k.startsWith("genesys.")),
                result.getDetails().toString());
        assertFalse(everythingShown().contains(WRONG_SECRET));
    }

    @Test
    void producerCheckFollowsTheGlobalSwitchAndIsDownNamingTheEndpointWhenTheSecretIsRefused() throws Exception {
        startRoutes(null, liveUri(WRONG_SECRET).replace("genesys:live", "genesys:messaging"));

        // Camel keeps producer checks off unless camel.health.producersEnabled=true
        assertTrue(producerResult().isEmpty(), "producers repository is disabled by default");
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        assertEquals(HealthCheck.State.UP, producerResult().orElseThrow().getState());

        // any well-formed id: the token request fails first
        String conversationId = "3f2a1c9e-0b7d-4c6e-9a51-2d8f4e6b7c10";
        assertThrows(
                CamelExecutionException.class,
                () -> template.sendBodyAndHeader(
                        "direct:sync", null, GenesysConstants.CONVERSATION_ID, conversationId));

        HealthCheck.Result result = producerResult().orElseThrow();
        assertEquals(HealthCheck.State.DOWN, result.getState());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.startsWith("genesys:messaging (genesys://messaging)"), message);
        assertEquals(1L, result.getDetails().get("genesys.failures"));
        String shown = everythingShown();
        assertFalse(shown.contains(WRONG_SECRET), shown);
        assertFalse(shown.contains(sim.clientId()), shown);
    }

    @Test
    void theRecordingJobInFlightIsShownByTheProducerCheckAndTheDevConsole() throws Exception {
        List<String> ids = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofHours(2)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(3)
                .toList();
        startRoutes(null, SimulatorUris.uri(sim, "archive", "jobPollInterval=20ms"));
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        GenesysEndpoint archive = context.getEndpoints().stream()
                .filter(e -> e instanceof GenesysEndpoint)
                .map(GenesysEndpoint.class::cast)
                .findFirst()
                .orElseThrow();

        template.asyncSendBody("direct:sync", new ArrayList<>(ids));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (archive.endpointStatus().jobsInFlight().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        List<String> jobs = archive.endpointStatus().jobsInFlight();
        assertEquals(1, jobs.size(), "one recording job created and RUNNING");
        HealthCheck.Result result = all().stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:genesys-archive-"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, result.getDetails().get("genesys.jobs.inflight"));
        DevConsole console = context.getCamelContextExtension()
                .getContextPlugin(DevConsoleRegistry.class)
                .resolveById("genesys");
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertTrue(text.contains("jobs in flight: 1 [" + jobs.get(0) + "]"), text);
    }

    @Test
    void noProducerCheckWhenHealthCheckProducerEnabledIsFalse() throws Exception {
        context.getComponent("genesys", GenesysComponent.class).setHealthCheckProducerEnabled(false);
        startRoutes(null, liveUri(sim.clientSecret()).replace("genesys:live", "genesys:messaging"));
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);

        assertTrue(producerResult().isEmpty());
    }
}
