package dev.claimline.api.error;

import static dev.claimline.api.openapi.ApiOperations.addProblem;

import dev.claimline.api.openapi.ApiOperations;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the OpenAPI document the problem responses that many operations share, once instead of on each: every
 * operation under {@code /api/} may answer {@code 503} while the database is unavailable, and every one that takes a
 * JSON body may answer {@code 400}, {@code 413} and {@code 415} as {@link ProblemMappers} does. An operation that
 * declares one of these itself keeps its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesOpenApi implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ApiOperations.forEach(openAPI, (method, operation) -> {
            APIResponses responses = operation.getResponses();
            if (operation.getRequestBody() != null) {
                addProblem(
                        responses,
                        "400",
                        "Malformed or non-UTF-8 JSON, an unknown field, a missing, blank, too long or non-text title,"
                                + " body or other field, or a publishedAt that is unreadable or in the future; the"
                                + " detail names the field");
                addProblem(
                        responses, "413", "The body is larger than claimline.input.max-body-size (1 MiB by default)");
                addProblem(responses, "415", "The body is not sent as application/json");
            }
            addProblem(
                    responses,
                    "503",
                    ApiOperations.isRead(method)
                            ? "The database is unavailable; Retry-After says when to try again"
                            : "The database is unavailable, or storing collided with concurrent writes each time it was"
                                    + " tried; nothing was stored. Retry-After says when to send it again");
        });
    }
}
