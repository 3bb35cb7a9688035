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
package io.github.camelgenesys;

import io.github.camelgenesys.analytics.AnalyticsOptions;
import io.github.camelgenesys.archive.ArchiveOptions;
import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.OrgLimits;
import io.github.camelgenesys.health.GenesysHealthChecks;
import io.github.camelgenesys.live.LiveConsumer;
import io.github.camelgenesys.live.LiveSettings;
import io.github.camelgenesys.messaging.MessagingOptions;
import io.github.camelgenesys.ops.EndpointStatus;
import io.github.camelgenesys.ops.StatusPollStrategy;
import io.github.camelgenesys.search.SearchConsumer;
import io.github.camelgenesys.search.SearchSettings;
import java.time.Clock;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read conversations, analytics and live data from Genesys Cloud, archive recordings and send messages.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "genesys",
        title = "Genesys Cloud",
        syntax = "genesys:operation",
        category = {Category.CLOUD, Category.SAAS},
        headersClass = GenesysConstants.class)
@ManagedResource(description = "Genesys Cloud endpoint: API client metrics of its client id")
public class GenesysEndpoint extends ScheduledPollEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(GenesysEndpoint.class);

    @UriPath(description = "The operation: search, analytics, live (consumers); archive, messaging (producers).")
    @Metadata(required = true)
    private final GenesysOperation operation;

    @UriParam
    private final GenesysConfiguration configuration;

    /** Camel's scheduler option, re-declared so that the catalog states the defaults this component applies. */
    @UriParam(
            label = "consumer,scheduler",
            javaType = "long",
            description = "Milliseconds before the next poll. When not set, the operation's default applies:"
                    + " 60000 (60 s) for search and analytics, 5000 (5 s) for live (not the 500 of other"
                    + " Camel polling consumers).")
    private long delay = -1;

    /** Camel's scheduler option, re-declared so that the catalog states live's exception; null until the route sets it. */
    @UriParam(
            label = "consumer,scheduler",
            javaType = "boolean",
            defaultValue = "true",
            description = "Controls if fixed delay or fixed rate is used. Fixed delay (true) for search and analytics;"
                    + " live uses a fixed rate (false) unless the route sets this option, because its poll spends"
                    + " its paced requests within the period (a fixed delay would stretch every period to about"
                    + " twice the delay). See ScheduledExecutorService in JDK for details.")
    private Boolean useFixedDelay;

    private volatile GenesysClient client;
    private GenesysClientSettings clientSettings;
    /** The operation's settings, or the error building them raised. */
    private volatile Object operationSettings;
    /** What this endpoint did: health checks, the dev console and meters read it. */
    private final EndpointStatus status = new EndpointStatus();
    /** The producer check registered in Camel's producers repository, or null. */
    private volatile HealthCheck producerHealthCheck;

    public GenesysEndpoint(
            String uri, GenesysComponent component, GenesysOperation operation, GenesysConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public GenesysComponent getComponent() {
        return (GenesysComponent) super.getComponent();
    }

    public GenesysOperation getOperation() {
        return operation;
    }

    public GenesysConfiguration getConfiguration() {
        return configuration;
    }

    /** The API client; available once the endpoint is started. */
    public GenesysClient getClient() {
        GenesysClient c = client;
        if (c == null) {
            throw new IllegalStateException("Endpoint " + getEndpointKey() + " is not started: no Genesys client yet");
        }
        return c;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (!operation.isProducer()) {
            throw wrongSide("producer (to)", GenesysOperation.producerOperations());
        }
        registerProducerHealthCheck();
        switch (operation) {
            case archive:
                return new io.github.camelgenesys.archive.ArchiveProducer(this);
            case messaging:
                return new io.github.camelgenesys.messaging.MessagingProducer(this);
            default:
                throw new IllegalStateException("Unhandled producer operation " + operation);
        }
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!operation.isConsumer()) {
            throw wrongSide("consumer (from)", GenesysOperation.consumerOperations());
        }
        switch (operation) {
            case search: {
                SearchConsumer consumer = new SearchConsumer(this, processor);
                configureConsumer(consumer);
                return defaultDelay(consumer, 60_000);
            }
            case analytics: {
                ScheduledPollConsumer consumer =
                        io.github.camelgenesys.analytics.AnalyticsConsumers.create(this, processor);
                configureConsumer(consumer);
                return defaultDelay(consumer, 60_000);
            }
            case live: {
                LiveConsumer consumer = new LiveConsumer(this, processor);
                configureConsumer(consumer);
                if (useFixedDelay == null) {
                    // a poll's requests are paced by the rate limiter over up to `delay`: at a fixed delay they
                    // would stretch every period to twice the delay
                    consumer.setUseFixedDelay(false);
                }
                return defaultDelay(consumer, 5_000);
            }
            default:
                throw new IllegalStateException("Unhandled consumer operation " + operation);
        }
    }

    /** Wraps the consumer's poll strategy to feed {@link #endpointStatus()} and gives it the genesys health check. */
    @Override
    public void configureConsumer(Consumer consumer) throws Exception {
        super.configureConsumer(consumer);
        if (consumer instanceof ScheduledPollConsumer polling) {
            polling.setPollStrategy(new StatusPollStrategy(polling.getPollStrategy(), status));
            GenesysHealthChecks.forConsumer(this, polling);
        }
    }

    private synchronized void registerProducerHealthCheck() {
        if (producerHealthCheck == null) {
            producerHealthCheck = GenesysHealthChecks.forProducer(this);
        }
    }

    /** What this endpoint did (records delivered, failures, last error, jobs in flight). */
    public EndpointStatus endpointStatus() {
        return status;
    }

    /** The validated client settings (null before the endpoint is initialized). Never show them: they hold secrets. */
    public GenesysClientSettings clientSettings() {
        return clientSettings;
    }

    /** The metrics and last known state of this endpoint's client id, or null when the endpoint is not started. */
    public ClientMetrics clientMetrics() {
        return metrics();
    }

    /**
     * The operation's settings, built once from the configuration when the endpoint is initialized; consumers and
     * producers read only these.
     *
     * @throws IllegalArgumentException (or the error building them raised) naming the option, when an option is
     *                                  invalid: raised here, when the consumer or producer is created or started, so
     *                                  that the route fails to start, not while Camel resolves the endpoint
     */
    public <S> S settings(Class<S> type) {
        Object built = operationSettings;
        if (built == null) {
            synchronized (this) {
                if (operationSettings == null) {
                    operationSettings = buildSettings();
                }
                built = operationSettings;
            }
        }
        if (built instanceof RuntimeException e) {
            throw e;
        }
        return type.cast(built);
    }

    private Object buildSettings() {
        try {
            ClassLoader classLoader =
                    getCamelContext() != null && getCamelContext().getApplicationContextClassLoader() != null
                            ? getCamelContext().getApplicationContextClassLoader()
                            : GenesysEndpoint.class.getClassLoader();
            Clock clock = Clock.systemUTC();
            return switch (operation) {
                case search -> SearchSettings.from(configuration, classLoader, clock);
                case analytics -> AnalyticsOptions.validate(configuration, classLoader, clock);
                case live -> LiveSettings.from(configuration);
                case archive -> ArchiveOptions.from(configuration, classLoader, clock);
                case messaging -> MessagingOptions.from(configuration);
            };
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // client options fail when the endpoint is created, before any consumer or producer exists
        clientSettings = getComponent().clientSettings(configuration);
        // the operation's settings are built here, once; their errors are raised by settings(), when a consumer or
        // producer is created or started (an endpoint may be resolved and never used the way its options are wrong)
        synchronized (this) {
            if (operationSettings == null) {
                operationSettings = buildSettings();
            }
        }
    }

    /**
     * The org's effective limits for this endpoint's client. The first call for an API URL and client id reads them
     * (a token and one GET per namespace, no retries; a failure is a WARN and leaves the values absent); later calls,
     * from any endpoint of the same client, get the component's cached copy. Call it from a consumer's or producer's
     * {@code doStart}, after its own validation, and keep the built-in number when a value is absent.
     *
     * @throws IllegalStateException when the endpoint is not started
     */
    public OrgLimits getOrgLimits() {
        return getComponent().orgLimits(configuration, getClient());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        GenesysClient created = getComponent().createClient(clientSettings);
        getComponent().endpointStarted(this);
        if (configuration.isVerifyCredentialsOnStartup()) {
            verifyCredentials(created);
        }
        client = created;
    }

    /**
     * Obtains a token (or reuses the shared cached one), one attempt: credentials the login host refuses (a 4xx other
     * than 429) fail the start with its reason. No answer (connection refused, timeout, DNS) or a busy or failing login
     * host (429, 5xx) says nothing about the credentials: a WARN, and the route starts; its calls retry the token
     * request as usual.
     */
    private void verifyCredentials(GenesysClient created) {
        try {
            created.verifyToken();
        } catch (GenesysException e) {
            if (e.getStatus() >= 400 && e.getStatus() < 500 && e.getStatus() != 429) {
                throw new IllegalStateException(
                        "genesys:" + operation + " credentials refused at startup: " + e.getMessage(), e);
            }
            if (GenesysException.CODE_INTERRUPTED.equals(e.getCode())) {
                throw e;
            }
            LOG.warn(
                    "genesys:{} could not verify its credentials at startup ({}); starting anyway, the first call"
                            + " retries the token request. Set verifyCredentialsOnStartup=false to skip this check.",
                    operation,
                    e.getMessage());
        }
    }

    @Override
    protected void doStop() throws Exception {
        // the client's pools, tokens and limiters belong to the component's factory: nothing to close here
        client = null;
        synchronized (this) {
            GenesysHealthChecks.remove(this, producerHealthCheck);
            producerHealthCheck = null;
        }
        status.stopped();
        super.doStop();
    }

    @Override
    public long getDelay() {
        return delay;
    }

    @Override
    public void setDelay(long delay) {
        this.delay = delay;
        super.setDelay(delay);
    }

    /** Records that the route chose the scheduling mode (genesys:live otherwise polls at a fixed rate). */
    @Override
    public void setUseFixedDelay(boolean useFixedDelay) {
        super.setUseFixedDelay(useFixedDelay);
        this.useFixedDelay = useFixedDelay;
    }

    /** Applies the operation's default poll delay when the route set no delay (Camel's own default is 500 ms). */
    private <C extends ScheduledPollConsumer> C defaultDelay(C consumer, long millis) {
        if (getDelay() < 0) {
            consumer.setDelay(millis);
        }
        return consumer;
    }

    private IllegalArgumentException wrongSide(String side, String allowed) {
        return new IllegalArgumentException("genesys:" + operation + " cannot be used as a " + side
                + ". Operations allowed as a " + side + ": " + allowed);
    }

    // ---- JMX: metrics of this endpoint's client id (shared with other endpoints using the same id) ----

    private ClientMetrics metrics() {
        GenesysClient c = client;
        return c == null ? null : c.metrics();
    }

    @ManagedAttribute(description = "API requests sent with this endpoint's client id (all endpoints sharing it)")
    public long getApiRequests() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.requests();
    }

    @ManagedAttribute(description = "Retries after 429, 5xx or connection errors")
    public long getApiRetries() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.retries();
    }

    @ManagedAttribute(description = "429 Too Many Requests responses received")
    public long getApiRateLimited() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.rateLimited();
    }

    @ManagedAttribute(description = "Tokens obtained from the login host")
    public long getTokenRefreshes() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.tokenRefreshes();
    }

    @ManagedAttribute(description = "Total milliseconds callers waited on the proactive rate limiter")
    public long getLimiterWaitMillis() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.limiterWait().toMillis();
    }

    @ManagedAttribute(description = "The client id, shortened (first 4 characters)")
    public String getClientLabel() {
        ClientMetrics m = metrics();
        return m == null ? null : m.clientLabel();
    }
}
