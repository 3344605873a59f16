package dev.claimline.persistence.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A stored article with its claims in the order of their evidence in the body. */
public record StoredArticle(
        long id,
        String title,
        String body,
        LocalDate publishedAt,
        String url,
        String source,
        String language,
        OffsetDateTime createdAt,
        List<StoredClaim> claims) {
    public StoredArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        claims = List.copyOf(claims);
    }
}
