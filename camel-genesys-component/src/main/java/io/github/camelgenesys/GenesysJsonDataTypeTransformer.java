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

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelgenesys.client.GenesysJson;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.DataType;
import org.apache.camel.spi.DataTypeTransformer;
import org.apache.camel.spi.Transformer;

/**
 * Data type {@code genesys:application-json}: turns what a {@code genesys:} endpoint emits (conversations, live
 * events, message timelines, archive summaries) into JSON text, with timestamps as ISO-8601 strings and absent fields
 * left out. Routes and Kamelets use it as {@code transformDataType: {toType: "genesys:application-json"}} instead of
 * configuring a Jackson data format with the Java time module each time. A body that is already text or bytes is
 * passed through.
 */
@DataTypeTransformer(
        name = GenesysJsonDataTypeTransformer.NAME,
        description =
                "Genesys records (conversations, events, timelines, summaries) as JSON text with ISO-8601 timestamps")
public class GenesysJsonDataTypeTransformer extends Transformer {

    /** The name routes and Kamelets refer to. */
    public static final String NAME = "genesys:application-json";

    @Override
    public void transform(Message message, DataType from, DataType to) {
        Object body = message.getBody();
        if (body != null && !(body instanceof String) && !(body instanceof byte[])) {
            message.setBody(toJson(body, message.getExchange()));
        }
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    private static String toJson(Object body, Exchange exchange) {
        try {
            return GenesysJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new CamelExecutionException(
                    "Cannot write the body (" + body.getClass().getName() + ") as JSON for data type " + NAME + ": "
                            + e.getOriginalMessage(),
                    exchange,
                    e);
        }
    }
}
