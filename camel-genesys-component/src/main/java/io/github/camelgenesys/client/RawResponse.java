package io.github.camelgenesys.client;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Status, headers (case-insensitive) and the body bytes of one response. */
record RawResponse(int status, Map<String, String> headers, byte[] body) {

    static final String CORRELATION_HEADER = "ININ-Correlation-Id";

    static RawResponse of(ClassicHttpResponse response) throws IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : response.getHeaders()) {
            headers.put(h.getName(), h.getValue());
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new RawResponse(response.getCode(), Collections.unmodifiableMap(headers), body);
    }

    String header(String name) {
        return headers.get(name);
    }

    String correlationId() {
        return headers.get(CORRELATION_HEADER);
    }
}
