package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "A stored article in a list: without body and claims, with the number of claims")
public record ArticleSummaryJson(
        long id,
        String title,
        LocalDate publishedAt,
        String url,
        String source,
        String language,
        OffsetDateTime createdAt,
        long claimCount) {}
