package io.github.camelgenesys.search;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One record to emit, with the page it came from. */
record SearchHit(JsonNode record, String conversationId, Instant conversationEnd, SearchPage page) {
}
