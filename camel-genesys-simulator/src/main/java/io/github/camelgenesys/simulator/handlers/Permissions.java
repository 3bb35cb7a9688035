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
package io.github.camelgenesys.simulator.handlers;

import java.util.List;

/** Permissions per endpoint, as genesys-api.md lists them. */
public final class Permissions {
    public static final List<String> DETAILS =
            List.of("analytics:conversationDetail:view", "analytics:agentConversationDetail:view");
    public static final List<String> DETAILS_AVAILABILITY = List.of("analytics:conversationDetail:view");
    public static final List<String> AGGREGATES = List.of("analytics:conversationAggregate:view");
    public static final List<String> OBSERVATIONS = List.of("analytics:queueObservation:view");
    public static final List<String> QUEUES = List.of("routing:queue:view");
    public static final List<String> CONVERSATION = List.of("conversation:communication:view");
    public static final List<String> MESSAGES = List.of("conversation:message:view", "conversation:webmessaging:view");
    public static final List<String> ANY_AUTHENTICATED = List.of();
    public static final List<String> ATTRIBUTES_SEARCH = List.of("conversation:participant:attributesview");
    public static final List<String> RECORDING_JOB_ADD = List.of("recording:job:add");
    public static final List<String> RECORDING_JOB_EDIT = List.of("recording:job:edit");
    public static final List<String> RECORDING_JOB_VIEW = List.of("recording:job:view");
    public static final List<String> RECORDING_JOB_DELETE = List.of("recording:job:delete");
    public static final List<String> RECORDING_VIEW = List.of("recording:recording:view");

    private Permissions() {}
}
