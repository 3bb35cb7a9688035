package io.github.camelgenesys.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

/** A short, stable fingerprint of a query body for audit records and checkpoint keys (SHA-256, first 16 hex digits). */
public final class QueryHash {

    private QueryHash() {
    }

    public static String of(JsonNode query) {
        return of(query.toString());
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
