package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "The state or organisation whose voice the claim is, and how the article names the speaker")
public record ClaimantJson(
        @Schema(examples = "US") String code,
        @Schema(examples = "United States") String name,
        @Schema(examples = "National Security Council spokesperson John Kirby") String mention) {}
