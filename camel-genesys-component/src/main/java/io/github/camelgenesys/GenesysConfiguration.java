package io.github.camelgenesys;

import java.time.Duration;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of a genesys endpoint. Set on the component they are defaults ({@code camel.component.genesys.*}); set on
 * an endpoint they override. Each endpoint works on its own {@link #copy()}.
 */
@UriParams
public class GenesysConfiguration implements Cloneable {

    // ---- location ----

    @UriParam(enums = "us_east_1,eu_west_1,ap_southeast_2,ap_northeast_1,eu_central_1,us_west_2,ca_central_1,"
            + "ap_northeast_2,eu_west_2,ap_south_1,us_east_2,sa_east_1,me_central_1,ap_northeast_3,eu_central_2,"
            + "mx_central_1,ap_southeast_1", defaultValue = "us_east_1")
    private String region;
    @UriParam
    private String environment;
    @UriParam(label = "advanced")
    private String apiUrl;
    @UriParam(label = "advanced")
    private String loginUrl;

    // ---- credentials ----

    @UriParam(label = "security", secret = true)
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(label = "security", defaultValue = "60s", javaType = "java.time.Duration")
    private Duration tokenRefreshMargin = Duration.ofSeconds(60);

    // ---- limits and retry ----

    @UriParam(defaultValue = "300")
    private int rateLimitPerMinute = 300;
    @UriParam(defaultValue = "5")
    private int maxRetries = 5;
    @UriParam(defaultValue = "5m", javaType = "java.time.Duration")
    private Duration maxRetryTime = Duration.ofMinutes(5);
    @UriParam(defaultValue = "180s", javaType = "java.time.Duration")
    private Duration maxRetryAfter = Duration.ofSeconds(180);
    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration")
    private Duration retryInitialDelay = Duration.ofSeconds(1);

    // ---- transport ----

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration")
    private Duration connectTimeout = Duration.ofSeconds(10);
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration")
    private Duration responseTimeout = Duration.ofSeconds(60);
    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy")
    private String proxyUsername;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyPassword;
    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;

    // ---- payload ----

    @UriParam(defaultValue = "false")
    private boolean rawPayload;

    // ---- search options ----

    // ---- analytics options ----

    // ---- live options ----

    // ---- archive options ----

    // ---- messaging options ----

    // =====================================================================================================
    // getters and setters

    public String getRegion() {
        return region;
    }

    /**
     * The Genesys Cloud region (case-insensitive, e.g. eu_west_1). Used when neither environment nor apiUrl and
     * loginUrl are set; us_east_1 when nothing is set. Set only one of: region, environment,
     * or apiUrl together with loginUrl.
     */
    public void setRegion(String region) {
        this.region = region;
    }

    public String getEnvironment() {
        return environment;
    }

    /**
     * The Genesys Cloud environment domain, e.g. mypurecloud.ie: the API is https://api.{environment} and the login
     * host https://login.{environment}. An alternative to region for environments not in the region list.
     */
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    /**
     * Explicit API base URL (e.g. https://api.mypurecloud.com, or a simulator/test server). Requires loginUrl;
     * excludes region and environment.
     */
    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    /** Explicit OAuth login base URL (the token is requested at {loginUrl}/oauth/token). Requires apiUrl. */
    public void setLoginUrl(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    public String getClientId() {
        return clientId;
    }

    /**
     * The OAuth client id (client credentials grant). One token is shared by all endpoints using the same login
     * URL and client id.
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * The OAuth client secret. Keep it out of route files: use a property placeholder such as
     * {{env:GENESYS_CLIENT_SECRET}} or camel.component.genesys.client-secret.
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /**
     * How long before its expiry a token is replaced (capped at half the token lifetime). Accepts 60s, 2m or
     * PT60S.
     */
    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public int getRateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    /**
     * Proactive limit of API requests per minute for this client id, shared by every endpoint using it; requests
     * are spaced evenly and the pace adapts to the inin-ratelimit-allowed, -count
     * and -reset response headers. 0 disables the limiter.
     */
    public void setRateLimitPerMinute(int rateLimitPerMinute) {
        this.rateLimitPerMinute = rateLimitPerMinute;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /** Maximum number of retries of one call after 429, 502, 503, 504 or a connection error. 0 disables retries. */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getMaxRetryTime() {
        return maxRetryTime;
    }

    /** Maximum total time spent on one call including retry waits; no retry starts that would exceed it. */
    public void setMaxRetryTime(Duration maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The longest Retry-After the client waits for. A 429 asking for longer fails at once with a GenesysException
     * whose retryAfter holds the requested wait, so the route can decide.
     */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /**
     * Base of the exponential backoff for 5xx and connection errors: retry n waits a random time between 0 and
     * retryInitialDelay times 2 to the power n (full jitter, capped at 1 minute).
     */
    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Timeout to establish a connection to the API or login host. */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    /** Timeout waiting for response data (socket read timeout). */
    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** HTTP proxy host for API and login calls. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** HTTP proxy port; required with proxyHost. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /** Username for proxy authentication (Basic). */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /** Password for proxy authentication. */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** Custom TLS settings (trust store, protocols) for the API and login hosts. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isRawPayload() {
        return rawPayload;
    }

    /**
     * If true, message bodies are the raw JSON text of the API instead of typed objects (consumers), and producers
     * send a String body as is.
     */
    public void setRawPayload(boolean rawPayload) {
        this.rawPayload = rawPayload;
    }

    // ---- search options: getters and setters ----

    // ---- analytics options: getters and setters ----

    // ---- live options: getters and setters ----

    // ---- archive options: getters and setters ----

    // ---- messaging options: getters and setters ----

    // =====================================================================================================

    public GenesysConfiguration copy() {
        try {
            return (GenesysConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "GenesysConfiguration[region=" + region + ", environment=" + environment + ", apiUrl=" + apiUrl
                + ", loginUrl=" + loginUrl + ", clientId=" + io.github.camelgenesys.client.Redact.clientId(clientId)
                + ", clientSecret=" + (clientSecret == null ? "null" : "******")
                + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort + ", proxyUsername=" + proxyUsername
                + ", proxyPassword=" + (proxyPassword == null ? "null" : "******") + "]";
    }
}
