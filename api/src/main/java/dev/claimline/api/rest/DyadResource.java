package dev.claimline.api.rest;

import dev.claimline.api.dto.DyadJson;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.persistence.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/dyads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class DyadResource {
    private final ClaimQueryService claims;

    public DyadResource(ClaimQueryService claims) {
        this.claims = claims;
    }

    @GET
    @Operation(
            summary = "Every pair of actors that claims connect",
            description = "One row per unordered pair, a before b by code: an allegation connects its claimant with"
                    + " each accused, a denial its claimant with the accuser when known. first and last are the"
                    + " earliest and latest dated claim in that claim's own precision. Most claims first.")
    @APIResponse(responseCode = "200", description = "The pairs")
    public List<DyadJson> dyads() {
        return claims.dyads().stream().map(ResponseMapper::dyad).toList();
    }
}
