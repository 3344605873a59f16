package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error, as RFC 9457 problem details ({@code application/problem+json}). */
@RegisterForReflection
@Schema(description = "RFC 9457 problem details")
public record ProblemJson(
        @Schema(examples = "about:blank") String type,
        @Schema(examples = "Bad Request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "publishedAt must be a date (YYYY-MM-DD) or an ISO-8601 date-time, not \"yesterday\".")
                String detail,
        @Schema(description = "The path of the request", examples = "/api/articles") String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
