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
package io.github.camelgenesys.live;

import java.util.Map;
import java.util.Set;

/**
 * The live conversations seen by one poll's observation queries.
 *
 * @param conversations   by conversation id (a conversation seen twice keeps its interacting observation)
 * @param truncatedQueues queues whose observation list the API marked truncated: a conversation last seen there and
 *                        missing now may still be live, so it is not reported ENDED
 * @param requests        observation requests sent
 */
record ObservationSnapshot(Map<String, Observation> conversations, Set<String> truncatedQueues, int requests) {}
