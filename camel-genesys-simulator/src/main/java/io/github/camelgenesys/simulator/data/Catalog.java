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
package io.github.camelgenesys.simulator.data;

import java.util.List;
import java.util.stream.IntStream;

/** The org's fixed entities: queues, users, divisions and wrap-up codes, all with derived ids. */
public final class Catalog {
    public static final int USERS = 200;
    public static final int DIVISIONS = 3;
    public static final int WRAPUPS = 12;
    private static final String[] DIVISION_NAMES = {"Home", "Sales", "Support"};

    private final Ids ids;
    private final List<String> queueIds;
    private final List<String> userIds;
    private final List<String> divisionIds;
    private final List<String> wrapUpIds;

    public Catalog(Ids ids, int queues) {
        this.ids = ids;
        this.queueIds =
                IntStream.range(0, queues).mapToObj(i -> ids.id(Ids.QUEUE, i)).toList();
        this.userIds =
                IntStream.range(0, USERS).mapToObj(i -> ids.id(Ids.USER, i)).toList();
        this.divisionIds = IntStream.range(0, DIVISIONS)
                .mapToObj(i -> ids.id(Ids.DIVISION, i))
                .toList();
        this.wrapUpIds =
                IntStream.range(0, WRAPUPS).mapToObj(i -> ids.id(Ids.WRAPUP, i)).toList();
    }

    public List<String> queueIds() {
        return queueIds;
    }

    public String queueId(int i) {
        return queueIds.get(i);
    }

    public int queueIndex(String id) {
        long n = ids.parse(Ids.QUEUE, id);
        return n >= 0 && n < queueIds.size() ? (int) n : -1;
    }

    public String queueName(int i) {
        return String.format("Queue %03d", i + 1);
    }

    public int queueDivision(int queue) {
        return queue % DIVISIONS;
    }

    public String userId(int i) {
        return userIds.get(i);
    }

    public String userName(int i) {
        return String.format("Agent %03d", i + 1);
    }

    public String divisionId(int i) {
        return divisionIds.get(i);
    }

    public String divisionName(int i) {
        return DIVISION_NAMES[i];
    }

    public String wrapUpId(int i) {
        return wrapUpIds.get(i);
    }

    public List<String> divisionIds() {
        return divisionIds;
    }
}
