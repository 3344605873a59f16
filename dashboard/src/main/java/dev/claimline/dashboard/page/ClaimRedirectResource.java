package dev.claimline.dashboard.page;

import dev.claimline.persistence.service.ClaimQueryService;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.PairHistory;
import dev.claimline.persistence.view.StoredClaim;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A claim's permanent address: leads to the claim on the page of its pair, in the period and on the page of the list
 * that hold it (or to its article, when it has no pair).
 */
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
        StoredClaim claim =
                claims.byId(claimId).orElseThrow(() -> new PageNotFoundException("There is no claim " + id + "."));
        return Response.seeOther(URI.create(location(claim))).build();
    }

    /** The claim on its pair's page, on the period and the page of the list that show it; or in its article. */
    private String location(StoredClaim claim) {
        ActorRef other = TemplateExtensions.counterpart(claim);
        if (other == null) {
            return Links.article(claim.article().id()) + "#claim-" + claim.id();
        }
        String claimant = claim.claimant().code();
        PairHistory history = claims.history(claimant, other.code(), null, null);
        return PairResource.locate(claim, history).on(Links.pair(claimant, other.code())) + "#claim-" + claim.id();
    }
}
