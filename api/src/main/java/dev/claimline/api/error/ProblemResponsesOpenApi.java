package dev.claimline.api.error;

import dev.claimline.api.dto.ProblemJson;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the OpenAPI document the problem responses that many operations share, once instead of on each: every
 * operation under {@code /api/} may answer {@code 503} while the database is unavailable, and every one that takes a
 * JSON body may answer {@code 400}, {@code 413} and {@code 415} as {@link ProblemMappers} does. An operation that
 * declares one of these itself keeps its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesOpenApi implements OASFilter {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/" + ProblemJson.class.getSimpleName();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                boolean write = entry.getKey() == PathItem.HttpMethod.POST
                        || entry.getKey() == PathItem.HttpMethod.PUT
                        || entry.getKey() == PathItem.HttpMethod.PATCH;
                if (operation.getRequestBody() != null) {
                    add(
                            responses,
                            "400",
                            "Malformed or non-UTF-8 JSON, an unknown field, a missing, blank, too long or non-text"
                                    + " title, body or other field, or a publishedAt that is unreadable or in the"
                                    + " future; the detail names the field");
                    add(responses, "413", "The body is larger than claimline.input.max-body-size (1 MiB by default)");
                    add(responses, "415", "The body is not sent as application/json");
                }
                add(
                        responses,
                        "503",
                        write
                                ? "The database is unavailable, or storing collided with concurrent writes each time"
                                        + " it was tried; nothing was stored. Retry-After says when to send it again"
                                : "The database is unavailable; Retry-After says when to try again");
            }
        });
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                ProblemJson.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        responses.addAPIResponse(status, response);
    }
}
