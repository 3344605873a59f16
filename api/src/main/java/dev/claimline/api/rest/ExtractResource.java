package dev.claimline.api.rest;

import dev.claimline.api.dto.ArticleRequest;
import dev.claimline.api.dto.ExtractionJson;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.extraction.Article;
import dev.claimline.persistence.extraction.ClaimSource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/extract")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction")
public class ExtractResource {
    private final ClaimSource claimSource;
    private final RequestMapper requests;

    public ExtractResource(ClaimSource claimSource, RequestMapper requests) {
        this.claimSource = claimSource;
        this.requests = requests;
    }

    @POST
    @Operation(
            summary = "Extract claims without storing anything",
            description = "Reads the allegations and denials in an article and returns them. Nothing is stored; the"
                    + " claims carry no id and no articleId. Evidence offsets point into the body as sent.")
    @APIResponse(responseCode = "200", description = "The claims found, possibly none")
    public ExtractionJson extract(ArticleRequest request) {
        Article article = requests.article(request);
        return ResponseMapper.extraction(claimSource.extract(article), article.body());
    }
}
