package dev.claimline.api.rest;

import dev.claimline.api.dto.ArticleJson;
import dev.claimline.api.dto.ArticleRequest;
import dev.claimline.api.dto.ArticleSummaryJson;
import dev.claimline.api.dto.PageJson;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.api.error.ResourceNotFoundException;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.service.IngestService;
import dev.claimline.persistence.view.Ingested;
import dev.claimline.persistence.view.StoredArticle;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {
    private final IngestService ingest;
    private final ArticleQueryService articles;
    private final RequestMapper requests;

    public ArticleResource(IngestService ingest, ArticleQueryService articles, RequestMapper requests) {
        this.ingest = ingest;
        this.articles = articles;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Store an article with its claims",
            description = "Extracts the allegations and denials of the article and stores article and claims together."
                    + " The Location header gives the stored article's address. An article is stored once: one whose"
                    + " normalised URL, or normalised title and text, is stored already is answered with 200 and the"
                    + " stored article, and nothing is stored, so a client may safely send an article again after a"
                    + " timeout. Text in a language other than English is stored without claims, with a note.")
    @APIResponse(responseCode = "201", description = "Stored; the body is the stored article with its claims")
    @APIResponse(
            responseCode = "200",
            description = "Stored before (same URL, or same title and text): the body is the stored article, Location"
                    + " and Content-Location give its address, and notes say so; nothing was stored")
    public RestResponse<ArticleJson> create(ArticleRequest request, UriInfo uri) {
        Ingested ingested = ingest.submit(requests.article(request));
        StoredArticle stored = ingested.article();
        URI location =
                uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build();
        ArticleJson body = ResponseMapper.article(stored, ingested.notes());
        if (ingested.created()) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body)
                    .location(location)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(body)
                .location(location)
                .header(HttpHeaders.CONTENT_LOCATION, location)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One stored article with its claims")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(
            responseCode = "404",
            description = "No article has this id",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public ArticleJson byId(@PathParam("id") long id) {
        return articles.byId(id)
                .map(ResponseMapper::article)
                .orElseThrow(() -> new ResourceNotFoundException("There is no article " + id + "."));
    }

    @GET
    @Operation(
            summary = "Stored articles, newest first",
            description = "One page of the stored articles, the most recently published first, without their bodies"
                    + " and claims.")
    @APIResponse(responseCode = "200", description = "One page, with the total number of articles")
    @APIResponse(
            responseCode = "400",
            description = "page or size out of range",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public PageJson<ArticleSummaryJson> list(
            @QueryParam("page") @Parameter(description = "Page number, from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "Page size, 1 to 100; 20 when left out", example = "20")
                    String size) {
        return ResponseMapper.page(articles.newestFirst(requests.page(page, size)), ResponseMapper::summary);
    }
}
