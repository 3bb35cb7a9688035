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
package io.github.camelgenesys.simulator.http;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;

/**
 * Removes the headers WireMock adds to every stubbed response ({@code Matched-Stub-Id}, {@code Matched-Stub-Name}):
 * the real API does not send them. WireMock adds them before response transformers run, so this one sees them.
 */
public final class StubHeaderFilter implements ResponseTransformerV2 {
    private static final List<String> WIREMOCK_HEADERS = List.of("Matched-Stub-Id", "Matched-Stub-Name");

    @Override
    public String getName() {
        return "genesys-stub-header-filter";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        HttpHeaders headers = response.getHeaders();
        if (headers == null
                || WIREMOCK_HEADERS.stream()
                        .noneMatch(name -> headers.getHeader(name).isPresent())) {
            return response;
        }
        List<HttpHeader> kept = headers.all().stream()
                .filter(h -> WIREMOCK_HEADERS.stream().noneMatch(h.key()::equalsIgnoreCase))
                .toList();
        return Response.Builder.like(response)
                .but()
                .headers(new HttpHeaders(kept))
                .build();
    }
}
