package dev.claimline.api.rest;

import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.api.error.InvalidRequestException;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.extraction.Actor;
import dev.claimline.persistence.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class TimelineResource {
    private final ClaimQueryService claims;
    private final RequestMapper requests;

    public TimelineResource(ClaimQueryService claims, RequestMapper requests) {
        this.claims = claims;
        this.requests = requests;
    }

    @GET
    @Operation(
            summary = "The claims between two actors",
            description = "Every allegation and denial between a and b, in either direction, by statement date;"
                    + " undated claims come last, and claims of the same date in the order of their articles.")
    @APIResponse(responseCode = "200", description = "The claims, possibly none")
    @APIResponse(
            responseCode = "400",
            description = "a or b missing, unknown, or the same",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<ClaimJson> timeline(
            @QueryParam("a") @Parameter(required = true, description = "One actor's code", example = "US") String a,
            @QueryParam("b") @Parameter(required = true, description = "The other actor's code", example = "KP")
                    String b) {
        Actor first = requests.actor("a", a);
        Actor second = requests.actor("b", b);
        if (first.equals(second)) {
            throw new InvalidRequestException("a and b must be two different actors; both are " + first.code() + ".");
        }
        return ResponseMapper.claims(claims.timeline(first.code(), second.code()));
    }
}
