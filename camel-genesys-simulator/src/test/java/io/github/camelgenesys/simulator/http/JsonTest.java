package io.github.camelgenesys.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Predicate(String dimension, String value, String propertyType) {
    }

    record Filter(String type, List<Filter> clauses, List<Predicate> predicates) {
    }

    @Test
    void responseBytesLeaveOutNullFieldsAndNullArrayElementsAtAnyDepth() {
        ObjectNode body = Json.object();
        body.put("id", "j1").putNull("errorMessage");
        body.set("filter", Json.MAPPER.valueToTree(new Filter("and", null,
                List.of(new Predicate("mediaType", "voice", null)))));
        body.putArray("entities").addNull().addObject().put("n", 0).putNull("gone");

        assertEquals("{\"id\":\"j1\",\"filter\":{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\","
                + "\"value\":\"voice\"}]},\"entities\":[{\"n\":0}]}",
                new String(Json.bytes(body), StandardCharsets.UTF_8));
    }
}
