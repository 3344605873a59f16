package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "A state (ISO 3166-1 alpha-2 code) or an organisation (its acronym)")
public record ActorJson(@Schema(examples = "KP") String code, @Schema(examples = "North Korea") String name) {}
