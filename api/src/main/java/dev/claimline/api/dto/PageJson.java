package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "One page of a list")
public record PageJson<T>(
        List<T> items,
        @Schema(description = "The page number, from 0") int page,
        @Schema(description = "The page size asked for") int size,
        @Schema(description = "How many items all pages hold together") long total) {}
