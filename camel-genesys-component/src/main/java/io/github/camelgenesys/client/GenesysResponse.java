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
package io.github.camelgenesys.client;

import java.util.Map;

/**
 * A successful API response.
 *
 * @param status        HTTP status (2xx)
 * @param body          the deserialized body, {@code null} for an empty body (e.g. 204)
 * @param correlationId the {@code ININ-Correlation-Id} response header, may be null
 * @param headers       response headers (case-insensitive keys; the last value wins for repeated headers)
 */
public record GenesysResponse<T>(int status, T body, String correlationId, Map<String, String> headers) {}
