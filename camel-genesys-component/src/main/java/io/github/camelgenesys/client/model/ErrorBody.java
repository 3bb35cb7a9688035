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
            implements java.io.Serializable {}
}
