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
package io.github.camelgenesys.ops;

import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.Redact;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks an endpoint's credentials in a text before it is shown (health details, dev console): defence in depth, as
 * the texts come from exception messages that never hold them. The client id becomes its label ({@code 3f2a***}),
 * the secret and the proxy password {@code ******}.
 */
public final class Masking {

    private static final Masking NONE = new Masking(List.of(), List.of());

    private final List<String> values;
    private final List<String> replacements;

    private Masking(List<String> values, List<String> replacements) {
        this.values = values;
        this.replacements = replacements;
    }

    public static Masking of(GenesysClientSettings settings) {
        if (settings == null) {
            return NONE;
        }
        List<String> values = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        add(values, replacements, settings.clientSecret(), "******");
        add(values, replacements, settings.proxyPassword(), "******");
        add(values, replacements, settings.clientId(), Redact.clientId(settings.clientId()));
        return new Masking(List.copyOf(values), List.copyOf(replacements));
    }

    private static void add(List<String> values, List<String> replacements, String value, String replacement) {
        // a value of 1 or 2 characters would mask unrelated text; such credentials do not exist in Genesys Cloud
        if (value != null && value.length() >= 3) {
            values.add(value);
            replacements.add(replacement);
        }
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String shown = text;
        for (int i = 0; i < values.size(); i++) {
            shown = shown.replace(values.get(i), replacements.get(i));
        }
        return shown;
    }
}
