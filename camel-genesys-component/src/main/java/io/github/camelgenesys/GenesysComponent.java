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

import io.github.camelgenesys.audit.AuditSinks;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.OrgLimits;
import io.github.camelgenesys.query.Suggestions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.URISupport;

/**
 * The genesys component. Owns what endpoints share: the {@link GenesysClientFactory} (HTTP pools, token caches per
 * login URL and client id, rate limiters per client id), the readiness check and the meters.
 */
@Component("genesys")
public class GenesysComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Default options for all endpoints (each endpoint may override them).")
    private GenesysConfiguration configuration = new GenesysConfiguration();

    @Metadata(
            label = "security",
            defaultValue = "false",
            description = "Use the global SSL context parameters of the Camel context when sslContextParameters is"
                    + " not set.")
    private boolean useGlobalSslContextParameters;

    private GenesysClientFactory clientFactory;
    private boolean ownsClientFactory;
    private final GenesysHealthCheck healthCheck = new GenesysHealthCheck();
    private volatile GenesysMeters meters;
    private final AuditSinks auditSinks = new AuditSinks();
    /** The org's limits per (API URL, client id), read once on first use by an endpoint of that client. */
    private final Map<String, OrgLimits> orgLimits = new ConcurrentHashMap<>();

    public GenesysComponent() {}

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        GenesysOperation operation = parseOperation(remaining);
        GenesysConfiguration endpointConfiguration = configuration.copy();
        bindChoices(endpointConfiguration, parameters);
        GenesysEndpoint endpoint = new GenesysEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * Choice options (enum-typed) accept their values in any case; a value naming no constant is taken out of the
     * parameters and reported, naming the option and the allowed values, when the endpoint's settings are built.
     */
    private static void bindChoices(GenesysConfiguration conf, Map<String, Object> parameters) {
        for (java.lang.reflect.Field field : GenesysConfiguration.class.getDeclaredFields()) {
            Object value = parameters.get(field.getName());
            if (field.getType().isEnum() && value instanceof String text) {
                try {
                    parameters.put(field.getName(), choice(field.getName(), text, field.getType()));
                } catch (IllegalArgumentException e) {
                    parameters.remove(field.getName());
                    conf.rejectChoice(field.getName(), e);
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object choice(String option, String text, Class<?> type) {
        return io.github.camelgenesys.options.Choices.parse(option, text, (Class) type);
    }

    /**
     * Names each unknown option with the closest known one; never shows the values (a misspelt clientSecret would
     * otherwise be printed).
     */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        if (optionPrefix == null && parameters != null && !parameters.isEmpty()) {
            EndpointUriFactory factory =
                    getCamelContext().getCamelContextExtension().getEndpointUriFactory("genesys");
            Set<String> known = factory == null ? Set.of() : factory.propertyNames();
            String unknown = parameters.keySet().stream()
                    .sorted()
                    .map(name -> "'" + name + "'" + Suggestions.didYouMean(name, known))
                    .collect(Collectors.joining(", "));
            throw new ResolveEndpointFailedException(
                    uri,
                    "Unknown option(s) on a genesys endpoint: " + unknown
                            + ". See docs/reference.md for every option.");
        }
        super.validateParameters(uri, parameters, optionPrefix);
    }

    static GenesysOperation parseOperation(String remaining) {
        String name = remaining == null ? "" : remaining.trim().toLowerCase(Locale.ROOT);
        for (GenesysOperation op : GenesysOperation.values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown genesys operation '" + remaining + "'"
                + Suggestions.didYouMean(
                        name,
                        Arrays.stream(GenesysOperation.values()).map(Enum::name).toList())
                + ". Allowed values: "
                + GenesysOperation.consumerOperations() + " (consumers), " + GenesysOperation.producerOperations()
                + " (producers)");
    }

    /**
     * The client settings of an endpoint's configuration, validated (built once per endpoint, at its init).
     *
     * @throws IllegalArgumentException naming the option and, where finite, the allowed values
     */
    GenesysClientSettings clientSettings(GenesysConfiguration conf) {
        return settingsFactory().create(conf);
    }

    /** The client for an endpoint's (validated) client settings. */
    GenesysClient createClient(GenesysClientSettings settings) {
        GenesysClient client = getClientFactory().client(settings);
        healthCheck.register(client);
        GenesysMeters m = meters;
        if (m != null) {
            m.bind(client.metrics());
        }
        return client;
    }

    /** Publishes a started endpoint's status as meters (when a MeterRegistry is present). */
    void endpointStarted(GenesysEndpoint endpoint) {
        GenesysMeters m = meters;
        if (m != null) {
            m.bind(URISupport.sanitizeUri(endpoint.getEndpointUri()), endpoint.endpointStatus());
        }
    }

    /**
     * The org's limits for the client of this configuration: read on the first call for an API URL and client id,
     * then cached until the component stops. The read makes one attempt per namespace (no retries), so an
     * unreachable or refusing org costs the caller at most one timeout and a WARN, never a wait.
     */
    OrgLimits orgLimits(GenesysConfiguration conf, GenesysClient client) {
        return orgLimits.computeIfAbsent(
                client.settings().apiUrl() + " " + client.settings().clientId(), key -> {
                    GenesysConfiguration once = conf.copy();
                    once.setMaxRetries(0);
                    return OrgLimits.read(
                            getClientFactory().client(settingsFactory().create(once)));
                });
    }

    private ClientSettingsFactory settingsFactory() {
        return new ClientSettingsFactory(
                getCamelContext(), useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            registry.register(healthCheck);
        }
        GenesysMeters m = GenesysMeters.create(getCamelContext());
        if (m != null) {
            getClientFactory().allMetrics().forEach(m::bind);
            for (Endpoint endpoint : getCamelContext().getEndpoints()) {
                if (endpoint instanceof GenesysEndpoint genesys
                        && genesys.getComponent() == this
                        && genesys.isStarted()) {
                    m.bind(URISupport.sanitizeUri(genesys.getEndpointUri()), genesys.endpointStatus());
                }
            }
        }
        meters = m;
    }

    @Override
    protected void doStop() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            registry.unregister(healthCheck);
        }
        healthCheck.clear();
        orgLimits.clear();
        synchronized (this) {
            if (ownsClientFactory && clientFactory != null) {
                clientFactory.close();
                clientFactory = null;
                ownsClientFactory = false;
            }
        }
        GenesysMeters m = meters;
        meters = null;
        if (m != null) {
            m.close();
        }
        auditSinks.close();
        super.doStop();
    }

    /** The audit sinks shared by all endpoints (one writer per audit file; closed when the component stops). */
    public AuditSinks getAuditSinks() {
        return auditSinks;
    }

    /** The readiness check (registered in the context's health check registry when there is one). */
    GenesysHealthCheck getHealthCheck() {
        return healthCheck;
    }

    public GenesysConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options for all endpoints (each endpoint may override them). */
    public void setConfiguration(GenesysConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global SSL context parameters when sslContextParameters is not set. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** The shared client factory (created on first use unless one was set; closed when the component stops). */
    public synchronized GenesysClientFactory getClientFactory() {
        if (clientFactory == null) {
            clientFactory = new GenesysClientFactory();
            ownsClientFactory = true;
        }
        return clientFactory;
    }

    /**
     * Uses the given factory instead of creating one (tests inject a fake clock). The caller keeps ownership: the
     * component does not close it.
     */
    public synchronized void setClientFactory(GenesysClientFactory clientFactory) {
        this.clientFactory = clientFactory;
        this.ownsClientFactory = false;
    }
}
