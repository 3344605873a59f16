package dev.claimline.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as submitted for extraction. Evidence offsets of every claim point into {@link #body()} exactly as given
 * here.
 *
 * @param title the headline; may be empty, never null
 * @param body the article text, plain text or HTML; never null
 * @param publishedAt the publication day, against which relative dates ("on Thursday", "yesterday") are resolved
 * @param url where the article was published, or null
 * @param source the publisher's name, or null
 * @param language an ISO 639-1 code when the client knows it, or null
 */
public record Article(String title, String body, LocalDate publishedAt, String url, String source, String language) {
    public Article {
        title = title == null ? "" : title;
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    public static Article of(String title, String body, LocalDate publishedAt) {
        return new Article(title, body, publishedAt, null, null, null);
    }
}
