package dev.claimline.api.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.api.export.ClaimCsv;
import dev.claimline.api.export.Csv;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.persistence.service.ClaimExportService;
import dev.claimline.persistence.service.ClaimFilter;
import io.quarkus.logging.Log;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every claim matching the filters of {@code /api/claims}, as a file: streamed while the database is read, so an export
 * of millions of claims takes no more memory than one of ten.
 */
@Path("/api/export")
@Tag(name = "Export")
public class ExportResource {
    static final String CSV = "text/csv; charset=utf-8; header=present";
    static final String JSONL = "application/jsonl; charset=utf-8";

    private final ClaimExportService export;
    private final RequestMapper requests;
    private final ObjectWriter json;

    public ExportResource(ClaimExportService export, RequestMapper requests, ObjectMapper mapper) {
        this.export = export;
        this.requests = requests;
        this.json = mapper.writerFor(ClaimJson.class);
    }

    @GET
    @Path("claims.csv")
    @Operation(
            summary = "Claims as CSV",
            description = "RFC 4180 CSV with a header row and one row per claim, in the order of /api/claims, with"
                    + " its topic, CAMEO and PLOVER codes, mention count and links. Lists are separated by ';'.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = CSV))
    @APIResponse(
            responseCode = "400",
            description = "An unknown country code, claim type or topic, or an unreadable date",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public Response csv(
            @QueryParam("country") @Parameter(description = "Claimant, accused or accuser") String country,
            @QueryParam("type") @Parameter(description = "ALLEGATION, DENIAL or OTHER") String type,
            @QueryParam("from") @Parameter(description = "Earliest statement date, YYYY-MM-DD or YYYY-MM") String from,
            @QueryParam("to") @Parameter(description = "Latest statement date, YYYY-MM-DD or YYYY-MM") String to,
            @QueryParam("topic") @Parameter(description = "A topic, such as ARMS_TRANSFERS") String topic) {
        ClaimFilter filter = requests.claimFilter(country, type, from, to, topic);
        return file("claims.csv", CSV, out -> {
            Csv.writeRecord(out, ClaimCsv.HEADER);
            return export.export(filter, claim -> Csv.writeRecord(out, ClaimCsv.row(claim)));
        });
    }

    @GET
    @Path("claims.jsonl")
    @Operation(
            summary = "Claims as JSON Lines",
            description = "One claim a line, each exactly as /api/claims lists it, in the same order.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = JSONL))
    @APIResponse(
            responseCode = "400",
            description = "An unknown country code, claim type or topic, or an unreadable date",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public Response jsonl(
            @QueryParam("country") @Parameter(description = "Claimant, accused or accuser") String country,
            @QueryParam("type") @Parameter(description = "ALLEGATION, DENIAL or OTHER") String type,
            @QueryParam("from") @Parameter(description = "Earliest statement date, YYYY-MM-DD or YYYY-MM") String from,
            @QueryParam("to") @Parameter(description = "Latest statement date, YYYY-MM-DD or YYYY-MM") String to,
            @QueryParam("topic") @Parameter(description = "A topic, such as ARMS_TRANSFERS") String topic) {
        ClaimFilter filter = requests.claimFilter(country, type, from, to, topic);
        return file(
                "claims.jsonl",
                JSONL,
                out -> export.export(filter, claim -> {
                    out.write(json.writeValueAsString(ResponseMapper.claim(claim)));
                    out.write('\n');
                }));
    }

    /** What writes the file's content; how many claims it wrote. */
    @FunctionalInterface
    interface FileContent {
        long write(Writer out) throws IOException;
    }

    private static Response file(String name, String mediaType, FileContent content) {
        StreamingOutput body = stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            long started = System.nanoTime();
            long count = content.write(out);
            out.flush();
            Log.infof("Exported %d claims as %s in %d ms", count, name, (System.nanoTime() - started) / 1_000_000);
        };
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .build();
    }
}
