package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "What extraction found in an article that was not stored")
public record ExtractionJson(
        List<ClaimJson> claims,
        @Schema(description = "The language the text was read as", examples = "en") String language,
        @Schema(description = "Remarks about the extraction, such as a language it does not read")
                List<String> notes) {}
