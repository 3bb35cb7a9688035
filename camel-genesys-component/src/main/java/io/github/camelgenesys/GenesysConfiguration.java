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

import io.github.camelgenesys.options.AggregateOutput;
import io.github.camelgenesys.options.AnalyticsMode;
import io.github.camelgenesys.options.ArchiveAction;
import io.github.camelgenesys.options.ArchiveSelection;
import io.github.camelgenesys.options.BatchMode;
import io.github.camelgenesys.options.ConversationOrderBy;
import io.github.camelgenesys.options.LiveMode;
import io.github.camelgenesys.options.SearchType;
import io.github.camelgenesys.options.SortOrder;
import java.time.Duration;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of a genesys endpoint. Set on the component they are defaults ({@code camel.component.genesys.*}); set on
 * an endpoint they override. Each endpoint works on its own {@link #copy()}.
 */
@UriParams
public class GenesysConfiguration implements Cloneable {

    /** Choice options given a value outside their enum, by option name (see {@link #rejectChoice}). */
    private java.util.Map<String, IllegalArgumentException> invalidChoices = new java.util.LinkedHashMap<>();

    // ---- location ----

    @UriParam(
            enums = "us_east_1,eu_west_1,ap_southeast_2,ap_northeast_1,eu_central_1,us_west_2,ca_central_1,"
                    + "ap_northeast_2,eu_west_2,ap_south_1,us_east_2,sa_east_1,me_central_1,ap_northeast_3,eu_central_2,"
                    + "mx_central_1,ap_southeast_1,eusc_de_east_1",
            defaultValue = "us_east_1")
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

    @UriParam(label = "security", defaultValue = "true")
    private boolean verifyCredentialsOnStartup = true;

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
    // Shared with analytics (and archive selection=query): interval, intervalLag, the simple filters, filter,
    // completedOnly, order, orderBy, pageSize, maxResults, stateRepository, stateKey, deduplicationWindow.

    @UriParam(label = "consumer")
    private String interval;

    @UriParam(label = "consumer", defaultValue = "1m", javaType = "java.time.Duration")
    private Duration intervalLag = Duration.ofMinutes(1);

    @UriParam(label = "filter")
    private String mediaType;

    @UriParam(label = "filter")
    private String queueId;

    @UriParam(label = "filter")
    private String direction;

    @UriParam(label = "filter")
    private String divisionId;

    @UriParam(label = "filter")
    private String userId;

    @UriParam(label = "filter")
    private String wrapUpCode;

    @UriParam(label = "filter")
    private String conversationId;

    @UriParam(label = "filter")
    private String filter;

    @UriParam(label = "filter", defaultValue = "false")
    private boolean allowUnknownVocabulary;

    @UriParam(label = "filter", defaultValue = "true")
    private boolean completedOnly = true;

    @UriParam(label = "consumer", defaultValue = "asc")
    private SortOrder order = SortOrder.asc;

    @UriParam(label = "consumer", defaultValue = "conversationStart")
    private ConversationOrderBy orderBy = ConversationOrderBy.conversationStart;

    @UriParam(label = "consumer", defaultValue = "0")
    private int pageSize;

    @UriParam(label = "consumer,advanced", defaultValue = "100000")
    private long maxPagedResults = 100_000;

    @UriParam(label = "consumer", defaultValue = "0")
    private long maxResults;

    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced")
    private String stateKey;

    @UriParam(label = "consumer,advanced", defaultValue = "10000")
    private int deduplicationWindow = 10000;

    @UriParam(label = "consumer", defaultValue = "detailsQuery")
    private SearchType searchType = SearchType.detailsQuery;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean incremental;

    @UriParam(label = "filter")
    private String attributeQuery;

    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;

    // ---- analytics options ----

    @UriParam(label = "consumer", defaultValue = "details")
    private AnalyticsMode mode = AnalyticsMode.details;

    @UriParam(label = "consumer", defaultValue = "P1D")
    private String startDate = "P1D";

    @UriParam(label = "consumer", defaultValue = "1d", javaType = "java.time.Duration")
    private Duration windowSize = Duration.ofDays(1);

    @UriParam(label = "consumer", defaultValue = "5m", javaType = "java.time.Duration")
    private Duration availabilityLag = Duration.ofMinutes(5);

    @UriParam(label = "consumer", defaultValue = "31d", javaType = "java.time.Duration")
    private Duration maxInterval = Duration.ofDays(31);

    @UriParam(label = "consumer", defaultValue = "conversation")
    private BatchMode batchMode = BatchMode.conversation;

    @UriParam(label = "common", defaultValue = "3s", javaType = "java.time.Duration")
    private Duration jobPollInterval = Duration.ofSeconds(3);

    @UriParam(label = "consumer", defaultValue = "30m", javaType = "java.time.Duration")
    private Duration jobTimeout = Duration.ofMinutes(30);

    @UriParam(label = "consumer", defaultValue = "3")
    private int maxJobResubmits = 3;

    @UriParam(label = "consumer", defaultValue = "2")
    private int maxConcurrentDetailsJobs = 2;

    @UriParam(label = "consumer")
    private String granularity;

    @UriParam(label = "consumer")
    private String groupBy;

    @UriParam(label = "consumer")
    private String metrics;

    @UriParam(label = "consumer", defaultValue = "UTC")
    private String timeZone = "UTC";

    @UriParam(label = "consumer", defaultValue = "group")
    private AggregateOutput aggregateOutput = AggregateOutput.group;

    @UriParam(label = "advanced")
    private String auditFile;

    // ---- live options ----

    @UriParam(label = "consumer")
    private String queueIds;

    @UriParam(label = "consumer", defaultValue = "5m", javaType = "java.time.Duration")
    private Duration queueRefreshInterval = Duration.ofMinutes(5);

    @UriParam(label = "consumer", defaultValue = "events")
    private LiveMode liveMode = LiveMode.events;

    // ---- archive options ----

    @UriParam(label = "producer", defaultValue = "ARCHIVE")
    private ArchiveAction action = ArchiveAction.ARCHIVE;

    @UriParam(label = "producer")
    private String actionDate;

    @UriParam(label = "producer")
    private Integer actionAge;

    @UriParam(label = "producer")
    private String integrationId;

    @UriParam(label = "producer", defaultValue = "true")
    private Boolean includeScreenRecordings;

    @UriParam(label = "producer", defaultValue = "false")
    private Boolean includeRecordingsWithSensitiveData;

    @UriParam(label = "producer", defaultValue = "true")
    private Boolean includePolicyBasedRecordings;

    @UriParam(label = "producer", defaultValue = "true")
    private Boolean includeSnippetRecordings;

    @UriParam(label = "producer", defaultValue = "false")
    private Boolean clearExport;

    @UriParam(label = "producer", defaultValue = "ids")
    private ArchiveSelection selection = ArchiveSelection.ids;

    @UriParam(label = "producer", defaultValue = "100")
    private int batchSize = 100;

    @UriParam(label = "producer", defaultValue = "2")
    private int maxConcurrentJobs = 2;

    @UriParam(label = "producer", defaultValue = "31d", javaType = "java.time.Duration")
    private Duration archiveLookback = Duration.ofDays(31);

    @UriParam(label = "producer", defaultValue = "30m", javaType = "java.time.Duration")
    private Duration jobSlotTimeout = Duration.ofMinutes(30);

    @UriParam(label = "producer", defaultValue = "2h", javaType = "java.time.Duration")
    private Duration archiveJobTimeout = Duration.ofHours(2);

    @UriParam(label = "producer")
    private org.apache.camel.spi.IdempotentRepository idempotentRepository;

    @UriParam(label = "producer,advanced")
    private StateRepository<String, String> archiveStateRepository;

    // ---- messaging options ----

    @UriParam(label = "producer")
    private String messageTypes;

    @UriParam(label = "producer")
    private String after;

    @UriParam(label = "producer")
    private String before;

    @UriParam(label = "producer", defaultValue = "90")
    private int retentionDays = 90;

    @UriParam(label = "producer", defaultValue = "1000")
    private int bulkSize = 1000;

    @UriParam(label = "producer", defaultValue = "true")
    private boolean includeAttachments = true;

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

    public boolean isVerifyCredentialsOnStartup() {
        return verifyCredentialsOnStartup;
    }

    /**
     * Obtain a token when the endpoint starts, so a wrong clientId or clientSecret fails the route at startup with
     * the login host's reason (e.g. invalid_client) instead of a WARN at every poll. A login host that cannot be
     * reached or is busy only gives a WARN (the route starts and its calls retry). Set to false for deployments that
     * start before the network is up, to skip the attempt and its wait (the first call then gets the token).
     */
    public void setVerifyCredentialsOnStartup(boolean verifyCredentialsOnStartup) {
        this.verifyCredentialsOnStartup = verifyCredentialsOnStartup;
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

    public String getInterval() {
        return interval;
    }

    /**
     * The conversation interval (search; analytics mode=query and aggregates; archive selection=query): an ISO-8601
     * interval (2024-05-01T00:00:00Z/2024-05-02T00:00:00Z), a start plus a duration (2024-05-01T00:00:00Z/P1D), or a
     * duration back from now (P1D, PT6H) that is re-evaluated at every poll and ends at now minus intervalLag. Required
     * by search unless incremental is true; with incremental its start is the first position and its length the
     * lookback (default P1D).
     */
    public void setInterval(String interval) {
        this.interval = interval;
    }

    public Duration getIntervalLag() {
        return intervalLag;
    }

    /**
     * How far before now a relative interval ends (search; analytics mode=query and aggregates), so the queried
     * period is no longer receiving data.
     */
    public void setIntervalLag(Duration intervalLag) {
        this.intervalLag = intervalLag;
    }

    public String getMediaType() {
        return mediaType;
    }

    /**
     * Filter: media types, comma-separated (voice, chat, email, message, callback, ...). Used by search, analytics,
     * archive selection=query (segment filter) and live (observation filter).
     */
    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String getQueueId() {
        return queueId;
    }

    /** Filter: queue ids, comma-separated (segment filter; search, analytics, archive selection=query). */
    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public String getDirection() {
        return direction;
    }

    /**
     * Filter: segment directions, comma-separated (inbound, outbound; search, analytics, archive selection=query).
     */
    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getDivisionId() {
        return divisionId;
    }

    /** Filter: division ids, comma-separated (conversation filter; search, analytics, archive selection=query). */
    public void setDivisionId(String divisionId) {
        this.divisionId = divisionId;
    }

    public String getUserId() {
        return userId;
    }

    /** Filter: agent user ids, comma-separated (segment filter; search, analytics, archive selection=query). */
    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getWrapUpCode() {
        return wrapUpCode;
    }

    /** Filter: wrap-up code ids, comma-separated (segment filter; search, analytics, archive selection=query). */
    public void setWrapUpCode(String wrapUpCode) {
        this.wrapUpCode = wrapUpCode;
    }

    public String getConversationId() {
        return conversationId;
    }

    /**
     * Filter: conversation ids, comma-separated (conversation filter; search, analytics, archive selection=query).
     */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getFilter() {
        return filter;
    }

    /**
     * A full filter in JSON, inline or read from classpath:path or file:path. Details queries (search, analytics,
     * archive selection=query): an object with conversationFilters and/or segmentFilters arrays (also
     * evaluationFilters, surveyFilters, resolutionFilters); aggregates: a single filter object {type, clauses,
     * predicates}. Combined (AND) with the simple filter options. Validated at start.
     */
    public void setFilter(String filter) {
        this.filter = filter;
    }

    public boolean isAllowUnknownVocabulary() {
        return allowUnknownVocabulary;
    }

    /**
     * Let analytics names (filter dimensions and metrics, metrics, groupBy) that are not in the component's list
     * through with a WARN instead of failing at start, for names Genesys added after the list (see
     * docs/analytics.md). Typos then reach Genesys, which answers 400.
     */
    public void setAllowUnknownVocabulary(boolean allowUnknownVocabulary) {
        this.allowUnknownVocabulary = allowUnknownVocabulary;
    }

    public boolean isCompletedOnly() {
        return completedOnly;
    }

    /**
     * Only conversations that have ended (conversationEnd exists), as Genesys advises for complete data. Used by
     * search and analytics.
     */
    public void setCompletedOnly(boolean completedOnly) {
        this.completedOnly = completedOnly;
    }

    public SortOrder getOrder() {
        return order;
    }

    /** Sort order of the details query (search, analytics mode=query). */
    public void setOrder(SortOrder order) {
        this.order = order;
    }

    public ConversationOrderBy getOrderBy() {
        return orderBy;
    }

    /**
     * The field the details query sorts by (search, analytics mode=query). Incremental search requires
     * conversationEnd or conversationStart (see docs/search.md).
     */
    public void setOrderBy(ConversationOrderBy orderBy) {
        this.orderBy = orderBy;
    }

    public int getPageSize() {
        return pageSize;
    }

    /**
     * Records per API page; 0 uses the operation's default: search detailsQuery and analytics mode=query 100 (also
     * the maximum: the largest details-query page size known to be accepted), analytics details jobs 1000.
     */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public long getMaxPagedResults() {
        return maxPagedResults;
    }

    /**
     * The details query's pagination cap (search detailsQuery, analytics mode=query): Genesys refuses a page past
     * this many results (pageNumber x pageSize) with 400 "Pagination may not exceed 100000 results". The consumer
     * never asks past it: it queries one UTC day at a time and reads a day beyond the cap from both ends. Lower it
     * only if your org's cap is lower.
     */
    public void setMaxPagedResults(long maxPagedResults) {
        this.maxPagedResults = maxPagedResults;
    }

    public long getMaxResults() {
        return maxResults;
    }

    /**
     * The most records emitted per query run (search: per poll, or per incremental run; analytics: per window or
     * query); no further pages are requested once reached. 0 means unlimited.
     */
    public void setMaxResults(long maxResults) {
        this.maxResults = maxResults;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where watermarks and checkpoints are kept (search incremental, analytics). Default: in memory (lost at
     * restart); use a persistent one such as FileStateRepository in production. Reference a bean with #name.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /**
     * The key under which this consumer's state is kept in the stateRepository (search incremental, analytics).
     * Default: derived from the route id and a hash of the query, so changing the query starts fresh; set it to keep
     * the position across query edits or to share a repository between routes.
     */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public int getDeduplicationWindow() {
        return deduplicationWindow;
    }

    /**
     * How many recently emitted conversation ids are remembered to drop duplicates caused by pages shifting under a
     * running query (search, analytics mode=query). Memory grows with this, not with the result set.
     */
    public void setDeduplicationWindow(int deduplicationWindow) {
        this.deduplicationWindow = deduplicationWindow;
    }

    public SearchType getSearchType() {
        return searchType;
    }

    /**
     * search: the backend. detailsQuery: POST /api/v2/analytics/conversations/details/query (page-numbered);
     * participantAttributes: POST /api/v2/conversations/participants/attributes/search (cursor-paged, needs
     * attributeQuery).
     */
    public void setSearchType(SearchType searchType) {
        this.searchType = searchType;
    }

    public boolean isIncremental() {
        return incremental;
    }

    /**
     * search detailsQuery: each poll continues after the last conversation emitted (a watermark kept in
     * stateRepository, committed after each exchange completes), so scheduled polls emit every conversation once.
     */
    public void setIncremental(boolean incremental) {
        this.incremental = incremental;
    }

    public String getAttributeQuery() {
        return attributeQuery;
    }

    /**
     * search participantAttributes: the query as JSON, inline or classpath:/file:. Either the criteria array
     * ([{"type":"EXACT","fields":["name"],"value":"x"}]) or a whole request body ({"query":[...],"sortBy":...}).
     */
    public void setAttributeQuery(String attributeQuery) {
        this.attributeQuery = attributeQuery;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most exchanges one poll emits (search, analytics); the next poll continues where this one stopped
     * (search: on the same page, without fetching it again). 0 means unlimited.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    // ---- analytics options: getters and setters ----

    public AnalyticsMode getMode() {
        return mode;
    }

    /**
     * The analytics mode: details (async details jobs, incremental with exact checkpoints), aggregates (one
     * aggregates query per poll, e.g. on a Quartz cron) or query (the synchronous details query for small windows).
     */
    public void setMode(AnalyticsMode mode) {
        this.mode = mode;
    }

    public String getStartDate() {
        return startDate;
    }

    /**
     * Where incremental details extraction starts when there is no checkpoint yet: an ISO instant
     * (2024-05-01T00:00:00Z) or a duration back from now (P1D, PT6H, P30D). Resolved once and saved as the first
     * checkpoint; ignored when a checkpoint exists.
     */
    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public Duration getWindowSize() {
        return windowSize;
    }

    /**
     * Length of one details-job window (mode=details); windows are cut at the data-availability
     * watermark. At most maxInterval.
     */
    public void setWindowSize(Duration windowSize) {
        this.windowSize = windowSize;
    }

    public Duration getAvailabilityLag() {
        return availabilityLag;
    }

    /**
     * Safety lag below the analytics data-availability date (GET
     * /api/v2/analytics/conversations/details/jobs/availability): no window ends later than that date minus this
     * lag.
     */
    public void setAvailabilityLag(Duration availabilityLag) {
        this.availabilityLag = availabilityLag;
    }

    public Duration getMaxInterval() {
        return maxInterval;
    }

    /**
     * The largest window or interval accepted (windowSize in mode=details, interval in
     * aggregates and query modes); a larger one is rejected at start.
     */
    public void setMaxInterval(Duration maxInterval) {
        this.maxInterval = maxInterval;
    }

    public BatchMode getBatchMode() {
        return batchMode;
    }

    /**
     * mode=details: conversation sends one exchange per conversation (body AnalyticsConversation);
     * page sends one exchange per result page (body a List of AnalyticsConversation).
     */
    public void setBatchMode(BatchMode batchMode) {
        this.batchMode = batchMode;
    }

    public Duration getJobPollInterval() {
        return jobPollInterval;
    }

    /**
     * How often the status of a job in flight is polled. analytics: the delay before the first status poll of a details
     * job; later polls wait 1.5 times longer each time, up to three times this value. archive: the longest gap between
     * two status polls of a recording job (polls are aimed at the state change the earlier jobs showed, see archive.md).
     */
    public void setJobPollInterval(Duration jobPollInterval) {
        this.jobPollInterval = jobPollInterval;
    }

    public Duration getJobTimeout() {
        return jobTimeout;
    }

    /**
     * How long a details job may stay QUEUED or PENDING before it is cancelled and the poll
     * fails with a GenesysException (code job.timeout).
     */
    public void setJobTimeout(Duration jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public int getMaxJobResubmits() {
        return maxJobResubmits;
    }

    /**
     * How often a details job that ended FAILED, CANCELLED or EXPIRED is submitted again
     * before the poll fails with a GenesysException (code job.failed). 0 = never resubmit.
     */
    public void setMaxJobResubmits(int maxJobResubmits) {
        this.maxJobResubmits = maxJobResubmits;
    }

    public int getMaxConcurrentDetailsJobs() {
        return maxConcurrentDetailsJobs;
    }

    /**
     * mode=details: details jobs open at once (submitted and not yet read to the end). While the route receives one
     * window's conversations, the jobs of the next windows are submitted and run, so a backfill of many windows waits
     * about one job's delay instead of one per window. Delivery order and checkpoints are the same as with 1 (one window
     * after the other). Lowered to the org's details-job limit when the org reports one; a submission the API refuses
     * with 429 waits (up to jobTimeout) and is tried again. The API's limit is not published; the default 2 is the
     * platform's only documented job concurrency (recording jobs). 1 = one window's job at a time.
     */
    public void setMaxConcurrentDetailsJobs(int maxConcurrentDetailsJobs) {
        this.maxConcurrentDetailsJobs = maxConcurrentDetailsJobs;
    }

    public String getGranularity() {
        return granularity;
    }

    /**
     * mode=aggregates: the ISO-8601 period of the result buckets (PT15M, PT30M, PT1H, P1D,
     * P7D, P1M). Empty = one bucket for the whole interval.
     */
    public void setGranularity(String granularity) {
        this.granularity = granularity;
    }

    public String getGroupBy() {
        return groupBy;
    }

    /**
     * mode=aggregates: comma-separated groupBy dimensions (e.g. queueId,mediaType); checked
     * against the dimensions of the API.
     */
    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }

    public String getMetrics() {
        return metrics;
    }

    /**
     * mode=aggregates: comma-separated metrics (e.g. nOffered,tHandle,tTalk); required; checked
     * against the metrics of the API.
     */
    public void setMetrics(String metrics) {
        this.metrics = metrics;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /**
     * mode=aggregates: the IANA time zone for day and week granularities (e.g. Europe/Berlin).
     */
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public AggregateOutput getAggregateOutput() {
        return aggregateOutput;
    }

    /**
     * mode=aggregates: group sends one exchange per result group (body AggregateResult);
     * response sends the whole response as one exchange (body AggregateResponse).
     */
    public void setAggregateOutput(AggregateOutput aggregateOutput) {
        this.aggregateOutput = aggregateOutput;
    }

    public String getAuditFile() {
        return auditFile;
    }

    /**
     * Path of a JSON-lines file receiving audit events (analytics jobs, archive recording jobs, messaging syncs: started,
     * completed, failed, ...). Empty = the SLF4J logger genesys.audit. Endpoints naming the same file share one writer.
     */
    public void setAuditFile(String auditFile) {
        this.auditFile = auditFile;
    }

    // ---- live options: getters and setters ----

    public String getQueueIds() {
        return queueIds;
    }

    /**
     * live: the queues to observe, comma-separated ids. Empty: every queue of the org, listed with GET
     * /api/v2/routing/queues and refreshed every queueRefreshInterval.
     */
    public void setQueueIds(String queueIds) {
        this.queueIds = queueIds;
    }

    public Duration getQueueRefreshInterval() {
        return queueRefreshInterval;
    }

    /** live: how often the list of all queues is fetched again when queueIds is empty. */
    public void setQueueRefreshInterval(Duration queueRefreshInterval) {
        this.queueRefreshInterval = queueRefreshInterval;
    }

    public LiveMode getLiveMode() {
        return liveMode;
    }

    /**
     * live: events emits STARTED, UPDATED and ENDED when something changed; snapshot emits every live conversation
     * at every poll (header CamelGenesysLiveEvent=SNAPSHOT).
     */
    public void setLiveMode(LiveMode liveMode) {
        this.liveMode = liveMode;
    }

    // ---- archive options: getters and setters ----

    public ArchiveAction getAction() {
        return action;
    }

    /**
     * What the recording bulk job does to the recordings of the conversations: ARCHIVE (move to archive storage), DELETE, or EXPORT (to the S3 bucket of integrationId).
     */
    public void setAction(ArchiveAction action) {
        this.action = action;
    }

    public String getActionDate() {
        return actionDate;
    }

    /**
     * When the action takes effect, an ISO-8601 instant (2024-06-01T00:00:00Z). Set actionDate or actionAge, not both; when neither is set the action takes effect now.
     */
    public void setActionDate(String actionDate) {
        this.actionDate = actionDate;
    }

    public Integer getActionAge() {
        return actionAge;
    }

    /**
     * Alternative to actionDate: the action takes effect this many days after each recording was created.
     */
    public void setActionAge(Integer actionAge) {
        this.actionAge = actionAge;
    }

    public String getIntegrationId() {
        return integrationId;
    }

    /**
     * The AWS S3 recording bulk-actions integration id; required for action EXPORT (checked before any call).
     */
    public void setIntegrationId(String integrationId) {
        this.integrationId = integrationId;
    }

    public Boolean getIncludeScreenRecordings() {
        return includeScreenRecordings;
    }

    /**
     * Whether screen recordings are included. Unset = not sent, so the API default applies: true (RecordingJobsQuery
     * in the official SDK docs).
     */
    public void setIncludeScreenRecordings(Boolean includeScreenRecordings) {
        this.includeScreenRecordings = includeScreenRecordings;
    }

    public Boolean getIncludeRecordingsWithSensitiveData() {
        return includeRecordingsWithSensitiveData;
    }

    /**
     * Whether recordings with PCI DSS or PII data are included. Unset = not sent, so the API default applies: false.
     */
    public void setIncludeRecordingsWithSensitiveData(Boolean includeRecordingsWithSensitiveData) {
        this.includeRecordingsWithSensitiveData = includeRecordingsWithSensitiveData;
    }

    public Boolean getIncludePolicyBasedRecordings() {
        return includePolicyBasedRecordings;
    }

    /**
     * Whether policy-based recordings are included (a RecordingJobsQuery field newer than SDK 198). Unset = not sent,
     * so the API default applies: true (official SDK docs).
     */
    public void setIncludePolicyBasedRecordings(Boolean includePolicyBasedRecordings) {
        this.includePolicyBasedRecordings = includePolicyBasedRecordings;
    }

    public Boolean getIncludeSnippetRecordings() {
        return includeSnippetRecordings;
    }

    /**
     * Whether snippet recordings are included (a RecordingJobsQuery field newer than SDK 198). Unset = not sent, so
     * the API default applies: true (official SDK docs).
     */
    public void setIncludeSnippetRecordings(Boolean includeSnippetRecordings) {
        this.includeSnippetRecordings = includeSnippetRecordings;
    }

    public Boolean getClearExport() {
        return clearExport;
    }

    /**
     * For DELETE only: also clear pending exports of the recordings. Unset = not sent, so the API default applies:
     * false.
     */
    public void setClearExport(Boolean clearExport) {
        this.clearExport = clearExport;
    }

    public ArchiveSelection getSelection() {
        return selection;
    }

    /**
     * How the conversations are chosen: ids (the body carries conversation ids, chunked into jobs of batchSize) or query (one job for the interval and filters of the endpoint).
     */
    public void setSelection(ArchiveSelection selection) {
        this.selection = selection;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /**
     * Conversation ids per recording job (1..500). Each id is one conversationId predicate of the job query; 100 keeps queries small and a failed job affects at most 100 conversations.
     */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getMaxConcurrentJobs() {
        return maxConcurrentJobs;
    }

    /**
     * Recording jobs in flight at once (created and not yet FULFILLED or FAILED). Genesys allows 2 per organization.
     */
    public void setMaxConcurrentJobs(int maxConcurrentJobs) {
        this.maxConcurrentJobs = maxConcurrentJobs;
    }

    public Duration getArchiveLookback() {
        return archiveLookback;
    }

    /**
     * For selection=ids when the body gives no conversation start times: the conversationQuery interval of each job ends now and starts this long ago. A job only acts on conversations inside its interval; ids outside it are reported as not eligible, never recorded as done. When every id of a job comes with its conversationStart (bodies of genesys:search, or JSON/maps with conversationId and conversationStart), the interval spans exactly those starts instead. Default 31d, the longest interval the details query accepts with a filter.
     */
    public void setArchiveLookback(Duration archiveLookback) {
        this.archiveLookback = archiveLookback;
    }

    public Duration getJobSlotTimeout() {
        return jobSlotTimeout;
    }

    /**
     * How long an archive exchange waits for a free recording-job slot while the organization's job limit (2 jobs PENDING or PROCESSING) or a 429 refuses creating or executing a job; then it fails with an ArchiveTimeoutException (code client.archive.timeout) naming the wait.
     */
    public void setJobSlotTimeout(Duration jobSlotTimeout) {
        this.jobSlotTimeout = jobSlotTimeout;
    }

    public Duration getArchiveJobTimeout() {
        return archiveJobTimeout;
    }

    /**
     * How long a recording job may take from creation to FULFILLED; then it is cancelled if still PENDING or READY (left running if PROCESSING), its conversations are not recorded as done, and the exchange fails with an ArchiveTimeoutException.
     */
    public void setArchiveJobTimeout(Duration archiveJobTimeout) {
        this.archiveJobTimeout = archiveJobTimeout;
    }

    public org.apache.camel.spi.IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Remembers conversations already done (key: conversationId:action): they are skipped. An id is added only when a FULFILLED job really acted on its recordings (the job counted every conversation, or its recordings show the action), or the conversation has no recording; failed, not eligible and unknown ids are not added.
     */
    public void setIdempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public StateRepository<String, String> getArchiveStateRepository() {
        return archiveStateRepository;
    }

    /**
     * Remembers every recording job before it is executed (key genesys-archive-jobs-ACTION: the ids of the jobs in flight). After a crash or stop, the next exchange follows those jobs to the end instead of creating new ones, so no recording is archived, deleted or exported twice. Use a persistent one such as FileStateRepository; default: none.
     */
    public void setArchiveStateRepository(StateRepository<String, String> archiveStateRepository) {
        this.archiveStateRepository = archiveStateRepository;
    }

    // ---- messaging options: getters and setters ----

    public String getMessageTypes() {
        return messageTypes;
    }

    /**
     * Comma-separated normalized message types to keep: Text, Structured, Receipt, Event, Message, Unknown. Empty = all.
     */
    public void setMessageTypes(String messageTypes) {
        this.messageTypes = messageTypes;
    }

    public String getAfter() {
        return after;
    }

    /**
     * Keep only messages at or after this ISO-8601 instant. Overrides retentionDays.
     */
    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    /**
     * Keep only messages before this ISO-8601 instant.
     */
    public void setBefore(String before) {
        this.before = before;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    /**
     * When after is not set: keep only messages of the last retentionDays days. 0 = no lower bound.
     */
    public void setRetentionDays(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    public int getBulkSize() {
        return bulkSize;
    }

    /**
     * Message ids per bulk fetch call (1..1000, the API maximum).
     */
    public void setBulkSize(int bulkSize) {
        this.bulkSize = bulkSize;
    }

    public boolean isIncludeAttachments() {
        return includeAttachments;
    }

    /**
     * Whether attachments (and their media links) are part of the timeline.
     */
    public void setIncludeAttachments(boolean includeAttachments) {
        this.includeAttachments = includeAttachments;
    }

    // =====================================================================================================

    /**
     * Records a choice option whose URI value names no allowed value, so that the error (naming the option, the
     * allowed values and the closest one) is raised when the consumer or producer builds its settings, like every
     * other option error, and not while Camel resolves the endpoint.
     */
    void rejectChoice(String option, IllegalArgumentException error) {
        invalidChoices.put(option, error);
    }

    /**
     * @throws IllegalArgumentException the error of the first choice option whose value names no allowed value
     */
    public void requireValidChoices() {
        invalidChoices.values().stream().findFirst().ifPresent(e -> {
            throw new IllegalArgumentException(e.getMessage());
        });
    }

    public GenesysConfiguration copy() {
        try {
            GenesysConfiguration copy = (GenesysConfiguration) clone();
            copy.invalidChoices = new java.util.LinkedHashMap<>(invalidChoices);
            return copy;
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
