package io.github.camelgenesys.client.model;

import java.util.List;
import java.util.Map;

/** The Genesys Cloud error body ({@code ErrorBody} in the API docs); unknown fields are ignored. */
public record ErrorBody(
        String message,
        String code,
        Integer status,
        String entityId,
        String entityName,
        String messageWithParams,
        Map<String, String> messageParams,
        String contextId,
        List<ErrorDetail> details,
        List<ErrorBody> errors) {

    /** One entry of {@code details}. */
    public record ErrorDetail(String errorCode, String fieldName, String entityId, String entityName)
            implements java.io.Serializable {
    }
}
