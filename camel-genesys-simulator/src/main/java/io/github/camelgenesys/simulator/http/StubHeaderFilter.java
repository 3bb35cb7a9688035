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
        if (headers == null || WIREMOCK_HEADERS.stream().noneMatch(name -> headers.getHeader(name).isPresent())) {
            return response;
        }
        List<HttpHeader> kept = headers.all().stream()
                .filter(h -> WIREMOCK_HEADERS.stream().noneMatch(h.key()::equalsIgnoreCase))
                .toList();
        return Response.Builder.like(response).but().headers(new HttpHeaders(kept)).build();
    }
}
