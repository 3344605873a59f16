package dev.claimline.persistence.view;

import java.time.LocalDate;
import java.util.Objects;

/** The article a claim comes from, enough to cite and link it. */
public record ArticleRef(long id, String title, LocalDate publishedAt, String url, String source) {
    public ArticleRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
