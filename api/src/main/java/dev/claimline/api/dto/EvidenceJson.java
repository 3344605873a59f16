package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "The span of the body that carries the claim: characters [start, end) of the body as submitted")
public record EvidenceJson(String text, int start, int end) {}
