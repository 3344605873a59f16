package dev.claimline.api.rest;

import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.dto.PageJson;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.api.error.ResourceNotFoundException;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.persistence.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {
    private final ClaimQueryService claims;
    private final RequestMapper requests;

    public ClaimResource(ClaimQueryService claims, RequestMapper requests) {
        this.claims = claims;
        this.requests = requests;
    }

    @GET
    @Operation(
            summary = "Stored claims, filtered",
            description = "One page of the stored claims that match every filter given, the newest statement first"
                    + " and undated claims last. With from or to, undated claims are left out.")
    @APIResponse(responseCode = "200", description = "One page, with the total number of matching claims")
    @APIResponse(
            responseCode = "400",
            description = "An unknown country code, claim type or topic, an unreadable date, or page or size out of"
                    + " range",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public PageJson<ClaimJson> list(
            @QueryParam("country")
                    @Parameter(
                            description = "A country or organisation code; matches it as claimant, accused or accuser",
                            example = "KP")
                    String country,
            @QueryParam("type") @Parameter(description = "ALLEGATION, DENIAL or OTHER") String type,
            @QueryParam("from") @Parameter(description = "Earliest statement date, YYYY-MM-DD or YYYY-MM, inclusive")
                    String from,
            @QueryParam("to") @Parameter(description = "Latest statement date, YYYY-MM-DD or YYYY-MM, inclusive")
                    String to,
            @QueryParam("topic") @Parameter(description = "A topic, such as ARMS_TRANSFERS", example = "INCURSION")
                    String topic,
            @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
            @QueryParam("size") @Parameter(description = "Page size, 1 to 100; 20 when left out") String size) {
        return ResponseMapper.page(
                claims.list(requests.claimFilter(country, type, from, to, topic), requests.page(page, size)),
                ResponseMapper::claim);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One stored claim")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(
            responseCode = "404",
            description = "No claim has this id",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public ClaimJson byId(@PathParam("id") long id) {
        return claims.byId(id)
                .map(ResponseMapper::claim)
                .orElseThrow(() -> new ResourceNotFoundException("There is no claim " + id + "."));
    }
}
