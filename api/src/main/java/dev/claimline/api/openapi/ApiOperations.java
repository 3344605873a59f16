package dev.claimline.api.openapi;

import dev.claimline.api.dto.ProblemJson;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** What the OpenAPI filters share: the operations of the API (under {@code /api/}) and problem responses. */
public final class ApiOperations {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/" + ProblemJson.class.getSimpleName();

    private ApiOperations() {}

    /** Runs {@code action} on every operation under {@code /api/}, each with a responses object to add to. */
    public static void forEach(OpenAPI openAPI, BiConsumer<PathItem.HttpMethod, Operation> action) {
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
                action.accept(entry.getKey(), operation);
            }
        });
    }

    /** Whether {@code method} only reads. */
    public static boolean isRead(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.GET
                || method == PathItem.HttpMethod.HEAD
                || method == PathItem.HttpMethod.OPTIONS;
    }

    /** Adds a problem+json response for {@code status}, unless the operation declares one itself. */
    public static void addProblem(APIResponses responses, String status, String description) {
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
