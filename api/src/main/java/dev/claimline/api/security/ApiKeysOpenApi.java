package dev.claimline.api.security;

import dev.claimline.api.dto.ProblemJson;
import dev.claimline.dashboard.access.ApiKeys;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the API keys in the OpenAPI document, so that Swagger UI has an "Authorize" button and sends a key: the
 * {@value ApiKeys#HEADER} header and the bearer token, as {@link AccessControl} takes them. Writes require one of them
 * (when keys are configured) and can answer {@code 401} and {@code 403}; reads may send one, which they must when the
 * service protects reads too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiKeysOpenApi implements OASFilter {
    static final String API_KEY_SCHEME = "apiKey";
    static final String BEARER_SCHEME = "bearer";

    private static final String PROBLEM_SCHEMA = "#/components/schemas/" + ProblemJson.class.getSimpleName();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(
                API_KEY_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(ApiKeys.HEADER)
                        .description("An API key of " + ApiKeys.KEYS_PROPERTY + " (CLAIMLINE_API_KEYS)."));
        components.addSecurityScheme(
                BEARER_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API key of " + ApiKeys.KEYS_PROPERTY
                                + " (CLAIMLINE_API_KEYS), as Authorization: Bearer <key>."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                boolean read = entry.getKey() == PathItem.HttpMethod.GET
                        || entry.getKey() == PathItem.HttpMethod.HEAD
                        || entry.getKey() == PathItem.HttpMethod.OPTIONS;
                secure(entry.getValue(), read);
            }
        });
    }

    private static void secure(Operation operation, boolean read) {
        if (read) {
            // An empty requirement first: no key needed, unless claimline.api-keys.protect-reads is set.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        operation.addSecurityRequirement(requirement(API_KEY_SCHEME));
        operation.addSecurityRequirement(requirement(BEARER_SCHEME));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        String when = read ? " (only when " + ApiKeys.PROTECT_READS_PROPERTY + " is set)" : "";
        if (operation.getResponses().getAPIResponse("401") == null) {
            operation
                    .getResponses()
                    .addAPIResponse("401", problem("No API key was sent, and keys are configured" + when));
        }
        if (operation.getResponses().getAPIResponse("403") == null) {
            operation.getResponses().addAPIResponse("403", problem("The API key sent is not a configured one" + when));
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                ProblemJson.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
