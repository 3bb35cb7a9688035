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
record ObservationSnapshot(Map<String, Observation> conversations, Set<String> truncatedQueues, int requests) {
}
