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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.options.AggregateOutput;
import io.github.camelgenesys.options.AnalyticsMode;
import io.github.camelgenesys.options.ArchiveAction;
import io.github.camelgenesys.options.ArchiveSelection;
import io.github.camelgenesys.options.BatchMode;
import io.github.camelgenesys.options.ConversationOrderBy;
import io.github.camelgenesys.options.LiveMode;
import io.github.camelgenesys.options.SearchType;
import io.github.camelgenesys.options.SortOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Choice options are enums declared once (package {@code options}): the catalog lists their values, URIs bind them
 * in any case, and a value naming none is reported with the option, the allowed values and the closest one.
 */
class ChoiceOptionsTest extends CamelTestSupport {

    private static final String CREDS =
            "clientId=id-1234&clientSecret=s&apiUrl=http://localhost:1&loginUrl=http://localhost:1"
                    + "&verifyCredentialsOnStartup=false";

    @Test
    void camelsOwnTypeConverterBindsEnumsInAnyCase() {
        // what a component-level option (camel.component.genesys.configuration.*) gets: Camel's enum conversion
        assertEquals(SortOrder.desc, context.getTypeConverter().convertTo(SortOrder.class, "DESC"));
        assertEquals(SortOrder.desc, context.getTypeConverter().convertTo(SortOrder.class, "desc"));
        assertEquals(ArchiveAction.EXPORT, context.getTypeConverter().convertTo(ArchiveAction.class, "export"));
    }

    @Test
    void uriValuesBindInAnyCaseToTheDeclaredConstants() {
        GenesysConfiguration c = context.getEndpoint(
                        "genesys:analytics?" + CREDS + "&order=DESC&orderBy=CONVERSATIONEND"
                                + "&mode=Query&batchMode=PAGE&aggregateOutput=Response&liveMode=SNAPSHOT&searchType=participantattributes",
                        GenesysEndpoint.class)
                .getConfiguration();
        assertEquals(SortOrder.desc, c.getOrder());
        assertEquals(ConversationOrderBy.conversationEnd, c.getOrderBy());
        assertEquals(AnalyticsMode.query, c.getMode());
        assertEquals(BatchMode.page, c.getBatchMode());
        assertEquals(AggregateOutput.response, c.getAggregateOutput());
        assertEquals(LiveMode.snapshot, c.getLiveMode());
        assertEquals(SearchType.participantAttributes, c.getSearchType());
        c.requireValidChoices();

        GenesysConfiguration archive = context.getEndpoint(
                        "genesys:archive?" + CREDS + "&action=export&selection=QUERY", GenesysEndpoint.class)
                .getConfiguration();
        assertEquals(ArchiveAction.EXPORT, archive.getAction());
        assertEquals(ArchiveSelection.query, archive.getSelection());
    }

    @Test
    void aBadValueIsReportedWithTheOptionTheAllowedValuesAndTheClosestOne() {
        GenesysEndpoint endpoint = context.getEndpoint("genesys:search?" + CREDS + "&order=dsc", GenesysEndpoint.class);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, endpoint.getConfiguration()::requireValidChoices);
        assertEquals("order: unknown value 'dsc' (did you mean 'desc'?); allowed: [asc, desc]", e.getMessage());
        assertEquals(SortOrder.asc, endpoint.getConfiguration().getOrder(), "the default stays in force");
    }

    @Test
    void theCatalogListsEveryChoiceWithItsValues() throws Exception {
        JsonNode properties = GenesysJson.mapper()
                .readTree(((CatalogCamelContext) context).getComponentParameterJsonSchema("genesys"))
                .path("properties");
        assertEquals(List.of("asc", "desc"), values(properties.path("order")));
        assertEquals(
                List.of("conversationStart", "conversationEnd", "segmentStart", "segmentEnd"),
                values(properties.path("orderBy")));
        assertEquals(List.of("details", "aggregates", "query"), values(properties.path("mode")));
        assertEquals(List.of("conversation", "page"), values(properties.path("batchMode")));
        assertEquals(List.of("group", "response"), values(properties.path("aggregateOutput")));
        assertEquals(List.of("events", "snapshot"), values(properties.path("liveMode")));
        assertEquals(List.of("detailsQuery", "participantAttributes"), values(properties.path("searchType")));
        assertEquals(List.of("ARCHIVE", "DELETE", "EXPORT"), values(properties.path("action")));
        assertEquals(List.of("ids", "query"), values(properties.path("selection")));
        assertTrue(properties.path("order").path("javaType").asText().endsWith("SortOrder"));
    }

    private static List<String> values(JsonNode option) {
        List<String> values = new ArrayList<>();
        option.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}
