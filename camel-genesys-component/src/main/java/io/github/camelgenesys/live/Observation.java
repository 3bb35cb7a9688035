package io.github.camelgenesys.live;

/**
 * Where a live conversation was seen in the queue observations: which queue, which metric (oWaiting or oInteracting)
 * and which agent. When any of these differs from the previous poll the conversation is fetched again.
 */
record Observation(String conversationId, String queueId, String metric, String userId) {
}
