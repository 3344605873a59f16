package dev.claimline.persistence.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** An article in a list: everything but its body and claims, with the number of claims. */
public record ArticleSummary(
        long id,
        String title,
        LocalDate publishedAt,
        String url,
        String source,
        String language,
        OffsetDateTime createdAt,
        long claimCount) {
    public ArticleSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
