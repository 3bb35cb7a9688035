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
package io.github.camelgenesys.simulator.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.Ids;
import io.github.camelgenesys.simulator.data.RecordingStates;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.util.List;
import java.util.Set;

/** {@code GET /api/v2/conversations/{id}/recordings}: one audio recording per answered voice conversation. */
public final class RecordingsHandler {
    private static final Set<String> FORMATS =
            Set.of("WEBM", "WAV", "WAV_ULAW", "OGG_VORBIS", "OGG_OPUS", "MP3", "NONE");

    private final SimulatorContext ctx;
    private final RecordingStates states;
    private final RecordingJobsHandler jobs;

    public RecordingsHandler(SimulatorContext ctx, RecordingStates states, RecordingJobsHandler jobs) {
        this.ctx = ctx;
        this.states = states;
        this.jobs = jobs;
    }

    public List<Route> routes() {
        return List.of(Route.of(
                "GET",
                "/api/v2/conversations/{conversationId}/recordings",
                Permissions.RECORDING_VIEW,
                this::recordings));
    }

    private ApiResponse recordings(ApiRequest request) {
        String format = request.query("formatId");
        if (format != null && !FORMATS.contains(format)) {
            throw ApiError.invalidValue(
                    "formatId",
                    "formatId must be one of " + new java.util.TreeSet<>(FORMATS) + ", got '" + format + "'");
        }
        request.intQuery("maxWaitMs", 5000);
        jobs.advance();
        long now = ctx.now();
        Conversation c = ctx.store().byId(request.pathParam(1));
        if (c == null || c.startMs() > now) {
            throw ApiError.notFound("conversation " + request.pathParam(1));
        }
        ArrayNode list = Json.array();
        if (c.hasRecording() && c.endedBy(now)) {
            String id = ctx.ids().id(Ids.RECORDING, c.index());
            RecordingStates.Dates d = states.of(id);
            ObjectNode r = list.addObject();
            r.put("id", id);
            r.put("conversationId", c.id());
            r.put("startTime", Json.date(c.answeredMs()));
            r.put("endTime", Json.date(c.answeredMs() + c.talkMs()));
            r.put("media", "audio");
            r.put("fileState", d.fileState(now));
            if (d.archiveDate() != null) {
                r.put("archiveDate", Json.date(d.archiveDate()));
                r.put("archiveMedium", "CLOUDARCHIVE");
            }
            if (d.deleteDate() != null) {
                r.put("deleteDate", Json.date(d.deleteDate()));
            }
            if (d.exportDate() != null) {
                r.put("exportDate", Json.date(d.exportDate()));
            }
            if (d.exportedDate() != null && d.exportedDate() <= now) {
                r.put("exportedDate", Json.date(d.exportedDate()));
            }
            r.put("sessionId", ctx.renderer().subId(c.index(), 6));
            r.put("creationTime", Json.date(c.endMs()));
            r.put("selfUri", "/api/v2/conversations/" + c.id() + "/recordings/" + id);
        }
        return ApiResponse.ok(list);
    }
}
