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
package io.github.camelgenesys.query;

import java.util.Locale;

/**
 * "Did you mean" for every error that lists allowed values: the allowed value closest to what was typed, ignoring
 * case, hyphens and underscores, by edit distance (a swap of two neighbouring letters counts as one edit). Only a
 * close value is suggested: at most one edit per three characters typed (at least one, at most three). Ties go to
 * the value starting with the same letter.
 */
public final class Suggestions {

    private Suggestions() {}

    /** The allowed value closest to {@code typed}, or null when none is close enough. */
    public static String closest(String typed, Iterable<String> allowed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String key = normalize(typed);
        int limit = Math.min(3, Math.max(1, key.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            String normalized = normalize(candidate);
            int distance = distance(key, normalized);
            if (distance <= limit
                    && (distance < bestDistance
                            || distance == bestDistance && better(key, normalized, normalize(best), candidate, best))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null || best.equals(typed) ? null : best;
    }

    /** {@code " (did you mean 'x'?)"} for the closest allowed value, or an empty string. */
    public static String didYouMean(String typed, Iterable<String> allowed) {
        String closest = closest(typed, allowed);
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }

    /** Between equally distant values: the one with the same first letter, then the alphabetically first. */
    private static boolean better(String key, String normalized, String bestNormalized, String candidate, String best) {
        boolean sameStart = !normalized.isEmpty() && normalized.charAt(0) == key.charAt(0);
        boolean bestSameStart = !bestNormalized.isEmpty() && bestNormalized.charAt(0) == key.charAt(0);
        return sameStart != bestSameStart ? sameStart : candidate.compareTo(best) < 0;
    }

    private static String normalize(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
