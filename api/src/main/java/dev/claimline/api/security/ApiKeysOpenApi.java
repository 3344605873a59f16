package dev.claimline.api.security;

import static dev.claimline.api.openapi.ApiOperations.addProblem;

import dev.claimline.api.openapi.ApiOperations;
import dev.claimline.dashboard.access.ApiKeys;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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
        ApiOperations.forEach(openAPI, (method, operation) -> secure(operation, ApiOperations.isRead(method)));
    }

    private static void secure(Operation operation, boolean read) {
        if (read) {
            // An empty requirement first: no key needed, unless claimline.api-keys.protect-reads is set.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        operation.addSecurityRequirement(requirement(API_KEY_SCHEME));
        operation.addSecurityRequirement(requirement(BEARER_SCHEME));
        String when = read ? " (only when " + ApiKeys.PROTECT_READS_PROPERTY + " is set)" : "";
        addProblem(operation.getResponses(), "401", "No API key was sent, and keys are configured" + when);
        addProblem(operation.getResponses(), "403", "The API key sent is not a configured one" + when);
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }
}
