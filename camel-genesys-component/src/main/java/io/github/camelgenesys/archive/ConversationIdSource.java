package io.github.camelgenesys.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.BaseStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysJson;

/**
 * Turns an exchange body into a lazy iterator of conversation ids: a String (one id, ids separated by commas or
 * whitespace, or a JSON array), a Collection or Iterable, an array, an Iterator or a Stream. Iterators and streams
 * are consumed one chunk at a time.
 */
final class ConversationIdSource {

    private static final java.util.regex.Pattern VALID_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private ConversationIdSource() {
    }

    static Iterator<?> of(Object body) {
        if (body == null) {
            return Collections.emptyIterator();
        }
        if (body instanceof Iterator<?> it) {
            return it;
        }
        if (body instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (body instanceof BaseStream<?, ?> stream) {
            return stream.iterator();
        }
        if (body instanceof Object[] array) {
            return Arrays.asList(array).iterator();
        }
        if (body instanceof CharSequence text) {
            return parse(text.toString()).iterator();
        }
        throw new IllegalArgumentException("genesys:archive cannot read conversation ids from a body of type "
                + body.getClass().getName() + "; use a String (comma-separated or a JSON array), a Collection,"
                + " an array, an Iterator, an Iterable or a Stream");
    }

    /** A conversation id from one element of the body (blank elements are skipped: null). */
    static String id(Object element) {
        if (element == null) {
            return null;
        }
        String id = (element instanceof JsonNode node ? node.asText() : element.toString()).trim();
        if (id.isEmpty()) {
            return null;
        }
        if (!VALID_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid conversation id '" + (id.length() > 60 ? id.substring(0, 57)
                    + "..." : id) + "' in the body of genesys:archive");
        }
        return id;
    }

    private static List<String> parse(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = GenesysJson.mapper().readTree(trimmed);
                List<String> ids = new ArrayList<>(array.size());
                array.forEach(n -> ids.add(n.asText()));
                return ids;
            } catch (IOException e) {
                throw new IllegalArgumentException("The body of genesys:archive starts with '[' but is not a JSON"
                        + " array of conversation ids: " + e.getMessage());
            }
        }
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("[,\\s]+"));
    }
}
