package dev.claimline.api.rest;

import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.api.error.InvalidRequestException;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.extraction.Actor;
import dev.claimline.persistence.service.ClaimQueryService;
import dev.claimline.persistence.service.TimelineCursor;
import dev.claimline.persistence.service.TimelineFilter;
import dev.claimline.persistence.view.TimelineSlice;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class TimelineResource {
    /** Claims in one response when the client does not say. */
    static final int DEFAULT_LIMIT = 100;

    private final ClaimQueryService claims;
    private final RequestMapper requests;

    public TimelineResource(ClaimQueryService claims, RequestMapper requests) {
        this.claims = claims;
        this.requests = requests;
    }

    @GET
    @Operation(
            summary = "The claims between two actors, a page at a time",
            description = "The allegations and denials between a and b, in either direction, by statement date;"
                    + " undated claims come last, and claims of the same date in the order they were stored (by id)."
                    + " At most limit claims are returned. When more follow, the Link header holds the address of"
                    + " the next page (rel=\"next\", RFC 8288), to be used as it is: a client that reads every page"
                    + " follows it until a response has none. With from or to, undated claims are left out.")
    @APIResponse(
            responseCode = "200",
            description = "Up to limit claims, possibly none",
            headers =
                    @Header(
                            name = "Link",
                            description = "</api/timeline?a=…&b=…&cursor=…>; rel=\"next\" when more claims follow;"
                                    + " absent on the last page",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "a or b missing, unknown, or the same; an unreadable date; limit out of range; a cursor"
                    + " this service did not give",
            content =
                    @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public RestResponse<List<ClaimJson>> timeline(
            @QueryParam("a") @Parameter(required = true, description = "One actor's code", example = "US") String a,
            @QueryParam("b") @Parameter(required = true, description = "The other actor's code", example = "KP")
                    String b,
            @QueryParam("from") @Parameter(description = "Earliest statement date, YYYY-MM-DD or YYYY-MM, inclusive")
                    String from,
            @QueryParam("to") @Parameter(description = "Latest statement date, YYYY-MM-DD or YYYY-MM, inclusive")
                    String to,
            @QueryParam("limit")
                    @Parameter(
                            description = "The most claims to return, 1 to " + ClaimQueryService.MAX_TIMELINE_LIMIT
                                    + "; " + DEFAULT_LIMIT + " when left out")
                    String limit,
            @QueryParam("cursor")
                    @Parameter(
                            description = "Where the page starts: taken from the Link header of the page before;"
                                    + " from the first claim when left out")
                    String cursor) {
        Actor first = requests.actor("a", a);
        Actor second = requests.actor("b", b);
        if (first.equals(second)) {
            throw new InvalidRequestException("a and b must be two different actors; both are " + first.code() + ".");
        }
        TimelineFilter filter = requests.timelineFilter(from, to);
        int size = requests.limit(limit, DEFAULT_LIMIT, ClaimQueryService.MAX_TIMELINE_LIMIT);
        TimelineCursor start = requests.cursor(cursor);
        TimelineSlice slice = claims.timelineAfter(first.code(), second.code(), filter, start, size);
        RestResponse.ResponseBuilder<List<ClaimJson>> response =
                RestResponse.ResponseBuilder.ok(ResponseMapper.claims(slice.claims()));
        if (slice.later() != null) {
            StringBuilder next = new StringBuilder("/api/timeline?a=")
                    .append(encode(first.code()))
                    .append("&b=")
                    .append(encode(second.code()));
            if (from != null) {
                next.append("&from=").append(encode(from.strip()));
            }
            if (to != null) {
                next.append("&to=").append(encode(to.strip()));
            }
            if (limit != null) {
                next.append("&limit=").append(size);
            }
            next.append("&cursor=").append(slice.later().token());
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
