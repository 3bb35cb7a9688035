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
package io.github.camelgenesys.simulator.contract;

import com.mypurecloud.sdk.v2.model.ConversationDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryPredicate;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryPredicate;
import java.util.List;

/** SDK filter objects the contract tests send, built with the SDK's own fluent model API. */
final class Queries {

    private Queries() {}

    /** {@code segmentFilters: [{type: and, predicates: [{type: dimension, dimension: mediaType, value}]}]}. */
    static List<SegmentDetailQueryFilter> mediaType(String mediaType) {
        return List.of(new SegmentDetailQueryFilter()
                .type(SegmentDetailQueryFilter.TypeEnum.AND)
                .predicates(List.of(new SegmentDetailQueryPredicate()
                        .type(SegmentDetailQueryPredicate.TypeEnum.DIMENSION)
                        .dimension(SegmentDetailQueryPredicate.DimensionEnum.MEDIATYPE)
                        .operator(SegmentDetailQueryPredicate.OperatorEnum.MATCHES)
                        .value(mediaType))));
    }

    /** {@code conversationFilters: [{type: and, predicates: [{dimension: conversationEnd, operator: exists}]}]}. */
    static List<ConversationDetailQueryFilter> ended() {
        return List.of(new ConversationDetailQueryFilter()
                .type(ConversationDetailQueryFilter.TypeEnum.AND)
                .predicates(List.of(new ConversationDetailQueryPredicate()
                        .type(ConversationDetailQueryPredicate.TypeEnum.DIMENSION)
                        .dimension(ConversationDetailQueryPredicate.DimensionEnum.CONVERSATIONEND)
                        .operator(ConversationDetailQueryPredicate.OperatorEnum.EXISTS))));
    }
}
