package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "One article's report of a claim, with the evidence as offsets into that article's body")
public record MentionJson(
        long articleId,
        String title,
        @Schema(nullable = true) String source,
        @Schema(nullable = true) String url,
        LocalDate publishedAt,
        EvidenceJson evidence) {}
