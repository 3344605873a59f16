package dev.claimline.api.rest;

import dev.claimline.api.dto.DisputeJson;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.api.error.ResourceNotFoundException;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.persistence.service.DisputeService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
public class DisputeResource {
    private final DisputeService disputes;
    private final RequestMapper requests;

    public DisputeResource(DisputeService disputes, RequestMapper requests) {
        this.disputes = disputes;
        this.requests = requests;
    }

    @GET
    @Operation(
            summary = "Disputes, the most recently active first",
            description = "Each allegation with the denials that answer it and the counter-allegations made with"
                    + " them. An unanswered counter-allegation is part of the dispute it answers, not one of its own.")
    @APIResponse(responseCode = "200", description = "One page of disputes, possibly none")
    @APIResponse(
            responseCode = "400",
            description =
                    "An unknown code or topic, a and b the same, an unreadable date, or page or size out of" + " range",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<DisputeJson> list(
            @QueryParam("a") @Parameter(description = "An actor that must be a party", example = "US") String a,
            @QueryParam("b") @Parameter(description = "Another actor that must be a party", example = "KP") String b,
            @QueryParam("topic") @Parameter(description = "The allegation's topic", example = "ARMS_TRANSFERS")
                    String topic,
            @QueryParam("from")
                    @Parameter(
                            description = "Active on or after: the latest dated claim is not earlier; YYYY-MM-DD"
                                    + " or YYYY-MM")
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Active on or before: the earliest dated claim is not later; YYYY-MM-DD"
                                    + " or YYYY-MM")
                    String to,
            @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
            @QueryParam("size") @Parameter(description = "Page size, 1 to 100; 20 when left out") String size) {
        return disputes.list(requests.disputeFilter(a, b, topic, from, to), requests.page(page, size)).stream()
                .map(ResponseMapper::dispute)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dispute, by the id of its allegation")
    @APIResponse(responseCode = "200", description = "The dispute")
    @APIResponse(
            responseCode = "404",
            description = "No allegation has this id",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public DisputeJson byId(@PathParam("id") long id) {
        return disputes.byId(id)
                .map(ResponseMapper::dispute)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "There is no dispute " + id + "; a dispute has the id of the allegation that opens it."));
    }
}
