package dev.claimline.dashboard.page;

import dev.claimline.persistence.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A claim's permanent address: leads to the claim on the page of its pair (or its article, when it has no pair). */
@Path("/claims/{id}")
public class ClaimRedirectResource {
    private final ClaimQueryService claims;

    public ClaimRedirectResource(ClaimQueryService claims) {
        this.claims = claims;
    }

    @GET
    public Response claim(@PathParam("id") String id) {
        long claimId;
        try {
            claimId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new PageNotFoundException("There is no claim " + id + ".");
        }
        return claims.byId(claimId)
                .map(claim -> Response.seeOther(URI.create(TemplateExtensions.pairHref(claim)))
                        .build())
                .orElseThrow(() -> new PageNotFoundException("There is no claim " + id + "."));
    }
}
