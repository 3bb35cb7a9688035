package io.github.camelgenesys.live;

/**
 * Where a live conversation was seen in the queue observations: which queue, which metric (oWaiting or oInteracting)
 * and which agent. When any of these differs from the previous poll the conversation is fetched again.
 *
 * @param mediaType the media type of the observation group, when the query was filtered by media type (else null)
 */
record Observation(String conversationId, String queueId, String metric, String userId, String mediaType) {
}
