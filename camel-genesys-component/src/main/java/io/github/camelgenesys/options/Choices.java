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
package io.github.camelgenesys.options;

import io.github.camelgenesys.query.QueryValidator;
import io.github.camelgenesys.query.SimpleFilters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the value of a choice option (an enum declared once in this package) as users write it: case-insensitively,
 * with an error naming the option, the allowed values and the closest one.
 */
public final class Choices {

    private Choices() {}

    /** The constant whose name equals {@code value} ignoring case and surrounding blanks, or null. */
    public static <E extends Enum<E>> E match(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }

    /**
     * The constant {@code value} names.
     *
     * @throws IllegalArgumentException {@code "option: unknown value 'x' (did you mean 'y'?); allowed: [...]"}
     */
    public static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
        E constant = match(type, value);
        if (constant == null) {
            QueryValidator.requireKnown(option, List.of(String.valueOf(value)), names(type));
        }
        return constant;
    }

    /** The constants a comma-separated list names, in the order given; an error names the first unknown one. */
    public static <E extends Enum<E>> List<E> parseList(String option, String commaSeparated, Class<E> type) {
        return SimpleFilters.split(commaSeparated).stream()
                .map(v -> parse(option, v, type))
                .toList();
    }

    /** The API names of the constants, sorted. */
    public static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
