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
package io.github.camelgenesys.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Display forms of sensitive values. The client id is marked secret in the catalog, so it is shown shortened. */
public final class Redact {

    private Redact() {}

    /** {@code 3f2a***} for {@code 3f2a9c...}; ids of 4 characters or fewer become {@code ***}. */
    public static String clientId(String clientId) {
        if (clientId == null) {
            return "null";
        }
        return clientId.length() <= 4 ? "***" : clientId.substring(0, 4) + "***";
    }

    /**
     * A short tag that tells two client ids apart without showing either: the first 8 hex digits of the SHA-256 of
     * the id (32 bits; a client id cannot be read back from it). Two ids with the same first 4 characters share
     * their {@link #clientId label} but not their tag.
     */
    public static String clientTag(String clientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(clientId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The label and the tag, e.g. {@code 3f2a*** #9b1c04e2}: what health details and summaries show. */
    public static String clientName(String clientId) {
        return clientId(clientId) + " #" + clientTag(clientId);
    }
}
