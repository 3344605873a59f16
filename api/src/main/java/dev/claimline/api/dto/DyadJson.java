package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "A pair of actors with the claims between them in either direction; a comes before b")
public record DyadJson(
        @Schema(examples = "KP") String a,
        @Schema(examples = "US") String b,
        @Schema(examples = "North Korea") String aName,
        @Schema(examples = "United States") String bName,
        long allegations,
        long denials,
        @Schema(description = "The earliest dated claim, in its own precision", nullable = true, examples = "2022-09")
                String first,
        @Schema(description = "The latest dated claim, in its own precision", nullable = true, examples = "2022-09-22")
                String last) {}
