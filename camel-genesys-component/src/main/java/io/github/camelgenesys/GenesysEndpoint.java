package io.github.camelgenesys;

import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.OrgLimits;
import io.github.camelgenesys.live.LiveConsumer;
import io.github.camelgenesys.search.SearchConsumer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Read conversations, analytics and live data from Genesys Cloud, archive recordings and send messages.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "genesys", title = "Genesys Cloud", syntax = "genesys:operation",
             category = { Category.CLOUD, Category.SAAS }, headersClass = GenesysConstants.class)
@ManagedResource(description = "Genesys Cloud endpoint: API client metrics of its client id")
public class GenesysEndpoint extends ScheduledPollEndpoint {

    @UriPath(description = "The operation: search, analytics, live (consumers); archive, messaging (producers).")
    @Metadata(required = true)
    private final GenesysOperation operation;

    @UriParam
    private final GenesysConfiguration configuration;

    /** Camel's scheduler option, re-declared so that the catalog states the defaults this component applies. */
    @UriParam(label = "consumer,scheduler", javaType = "long",
              description = "Milliseconds before the next poll. When not set, the operation's default applies:"
                            + " 60000 (60 s) for search and analytics, 5000 (5 s) for live (not the 500 of other"
                            + " Camel polling consumers).")
    private long delay = -1;

    private volatile GenesysClient client;

    public GenesysEndpoint(String uri, GenesysComponent component, GenesysOperation operation,
                           GenesysConfiguration configuration) {
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
                ScheduledPollConsumer consumer
                        = io.github.camelgenesys.analytics.AnalyticsConsumers.create(this, processor);
                configureConsumer(consumer);
                return defaultDelay(consumer, 60_000);
            }
            case live: {
                LiveConsumer consumer = new LiveConsumer(this, processor);
                configureConsumer(consumer);
                return defaultDelay(consumer, 5_000);
            }
            default:
                throw new IllegalStateException("Unhandled consumer operation " + operation);
        }
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // fail on bad options when the endpoint is created, before any consumer or producer exists
        getComponent().validate(configuration);
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
        client = getComponent().createClient(configuration);
    }

    @Override
    protected void doStop() throws Exception {
        // the client's pools, tokens and limiters belong to the component's factory: nothing to close here
        client = null;
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
