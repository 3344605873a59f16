package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(description = "A stored article with the claims found in it")
public record ArticleJson(
        long id,
        String title,
        String body,
        LocalDate publishedAt,
        String url,
        String source,
        String language,
        OffsetDateTime createdAt,
        List<ClaimJson> claims,
        @Schema(
                        description = "Remarks about the request that answered with this article: that it was stored"
                                + " before and nothing new was stored, or that its language was not read for claims;"
                                + " empty when reading it")
                List<String> notes) {}
