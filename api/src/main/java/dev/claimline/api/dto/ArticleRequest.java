package dev.claimline.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as a client submits it, for extraction or for storage. */
@RegisterForReflection
@Schema(description = "A news article to read claims from")
public record ArticleRequest(
        @Schema(required = true, description = "The headline", examples = "US says North Korea supplies Russia")
                String title,
        @Schema(
                        required = true,
                        description = "The article text, plain text or HTML; evidence offsets point into it as sent")
                String body,
        @Schema(
                        required = true,
                        description = "Publication date, YYYY-MM-DD or an ISO-8601 date-time; relative dates in the"
                                + " text are resolved against it",
                        examples = "2022-09-22")
                String publishedAt,
        @Schema(description = "Where the article was published: an absolute http(s) URL") String url,
        @Schema(description = "The publisher's name", examples = "Example News") String source,
        @Schema(description = "The article's language as a code such as \"en\", when known") String language) {}
