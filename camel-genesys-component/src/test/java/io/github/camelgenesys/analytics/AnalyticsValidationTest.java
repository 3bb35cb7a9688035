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
package io.github.camelgenesys.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid analytics queries fail when the consumer is created, naming the option or field, before any API call. */
class AnalyticsValidationTest {

    private static GenesysCloudSimulator sim;
    private static CamelContext context;

    @BeforeAll
    static void start() throws Exception {
        sim = GenesysCloudSimulator.builder().conversations(10).build();
        sim.start();
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stop() throws Exception {
        context.stop();
        sim.stop();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "mode=detail; mode: unknown value 'detail'; allowed: [aggregates, details, query]",
                "pageSize=5000; pageSize 5000 is out of range for mode=details (job results); allowed: 1..1000",
                "mode=query&interval=P1D&pageSize=500; allowed: 1..100",
                "windowSize=40d; windowSize PT960H exceeds maxInterval PT744H",
                "startDate=yesterday; Invalid startDate 'yesterday'",
                "interval=P1D; interval: mode=details reads windows from startDate on",
                "orderBy=conversationEnd; orderBy: mode=details reads job results in ascending conversationStart order",
                "metrics=nOffered; metrics applies to mode=aggregates only",
                "mode=aggregates&interval=P1D; metrics is required for mode=aggregates",
                "mode=aggregates&interval=P1D&metrics=nOfferd; metrics: unknown value 'nOfferd'",
                "mode=aggregates&interval=P1D&metrics=nOffered&groupBy=queue; groupBy: unknown value 'queue'",
                "mode=aggregates&interval=P1D&metrics=nOffered&granularity=30min; granularity '30min' is not a positive"
                        + " ISO-8601 period",
                "mode=aggregates&interval=P1D&metrics=nOffered&timeZone=Mars/Olympus; timeZone 'Mars/Olympus'",
                "mode=aggregates&interval=P40D&metrics=nOffered; more than maxInterval",
                "mode=query&interval=2024-05-02T00:00:00Z/2024-05-01T00:00:00Z; Invalid interval",
                "mode=query; interval is required for mode=query",
                "filter={\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"queue\",\"value\":\"q\"}]}]};"
                        + " filter.segmentFilters[0].predicates[0].dimension: unknown value 'queue'",
                "filter={\"conversationFilters\":[{\"type\":\"xor\",\"predicates\":[]}]}; filter.conversationFilters[0].type"
                        + " 'xor' is not allowed; allowed: [and, or]",
                "mode=aggregates&interval=P1D&metrics=nOffered&filter={\"type\":\"and\",\"predicates\":"
                        + "[{\"dimension\":\"mediaType\",\"operator\":\"like\",\"value\":\"voice\"}]};"
                        + " filter.filter.predicates[0].operator: unknown value 'like'",
                "batchMode=all; batchMode: unknown value 'all'; allowed: [conversation, page]",
                "mode=aggregates&interval=P1D&metrics=nOffered&aggregateOutput=rows; aggregateOutput: unknown value 'rows'",
                "maxJobResubmits=-1; maxJobResubmits must be >= 0",
                "maxConcurrentDetailsJobs=0; maxConcurrentDetailsJobs must be >= 1",
                "mode=detials; mode: unknown value 'detials' (did you mean 'details'?)",
                "mode=aggregates&interval=P1D&metrics=nOffered&timeZone=Europe/Berln; (did you mean 'Europe/Berlin'?)",
                "order=dsc&mode=query&interval=P1D; order: unknown value 'dsc' (did you mean 'desc'?)",
                "mode=aggregates&interval=P1D&metrics=tHandel; metrics: unknown value 'tHandel' (did you mean 'tHandle'?)",
                "mode=aggregates&interval=P1D&metrics=nOffered&groupBy=queueID; (did you mean 'queueId'?)",
                "filter={\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"wrapUpTags\",\"value\":\"q\"}]}]};"
                        + " unknown value 'wrapUpTags' (did you mean 'wrapUpTag'?)",
                "filter={\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"type\":\"metric\",\"metric\":\"tSegmentDurations\","
                        + "\"operator\":\"exists\"}]}]}; (did you mean 'tSegmentDuration'?)",
                "mode=aggregates&interval=2099-01-01T00:00:00Z/P1D&metrics=nOffered; interval 2099-01-01T00:00:00.000Z/"
                        + "2099-01-02T00:00:00.000Z starts in the future",
                "mode=query&interval=2099-01-01T00:00:00Z/P1D; starts in the future",
                "startDate=2099-01-01T00:00:00Z; startDate 2099-01-01T00:00:00Z is in the future",
                "mode=aggregates&interval=P1D&metrics=nOffered&groupBy=queueId,mediaType,queueId; groupBy [queueId,"
                        + " mediaType, queueId] names a dimension twice",
            })
    void invalidQueryIsRejectedWithTheFieldNamed(String options, String message) throws Exception {
        GenesysEndpoint endpoint = endpoint(options);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> endpoint.createConsumer(exchange -> {}));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(
                0,
                sim.stats().requests().keySet().stream()
                        .filter(k -> k.contains("/api/"))
                        .count(),
                "no API call was made");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "filter={\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"wrapUpTag\",\"value\":\"t\"},"
                        + "{\"dimension\":\"flowType\",\"value\":\"inboundcall\"},{\"dimension\":\"entryType\",\"value\":\"acd\"},"
                        + "{\"dimension\":\"participantId\",\"value\":\"p\"},{\"dimension\":\"sessionId\",\"value\":\"s\"},"
                        + "{\"type\":\"metric\",\"metric\":\"tSegmentDuration\",\"operator\":\"exists\"}]}]}",
                "mode=aggregates&interval=P1D&metrics=nConversations,tFirstResponse,oMessageCount&groupBy=videoPresent",
                "allowUnknownVocabulary=true&filter={\"segmentFilters\":[{\"type\":\"and\",\"predicates\":"
                        + "[{\"dimension\":\"someFutureDimension\",\"value\":\"x\"}]}]}",
                "allowUnknownVocabulary=true&mode=aggregates&interval=P1D&metrics=nFutureMetric&groupBy=futureGroup",
            })
    void newerNamesAndAllowedUnknownNamesPassValidation(String options) throws Exception {
        GenesysEndpoint endpoint = endpoint(options);
        org.apache.camel.Consumer consumer = endpoint.createConsumer(exchange -> {});
        assertTrue(consumer != null);
        assertEquals(
                0,
                sim.stats().requests().keySet().stream()
                        .filter(k -> k.contains("/api/"))
                        .count(),
                "no API call was made");
    }

    private static GenesysEndpoint endpoint(String options) {
        String base = sim.baseUrl();
        return context.getEndpoint(
                "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base
                        + "&clientId=" + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")&"
                        + options.replace("{", "%7B").replace("}", "%7D").replace("\"", "%22"),
                GenesysEndpoint.class);
    }
}
