package io.github.camelgenesys.search;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One API page.
 *
 * @param records       the records of the page, as returned
 * @param pageNumber    1-based number of the page within the run
 * @param totalHits     the total the API reported, or null (cursor searches report none)
 * @param correlationId the ININ-Correlation-Id of the response
 * @param last          true when no further page exists
 */
record SearchPage(List<JsonNode> records, int pageNumber, Long totalHits, String correlationId, boolean last) {
}
