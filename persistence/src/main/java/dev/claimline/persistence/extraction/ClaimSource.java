package dev.claimline.persistence.extraction;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ExtractionResult;

/**
 * Where the claims of an article come from. The application's bean delegates to the {@link
 * dev.claimline.extraction.ClaimExtractor}; tests provide their own to store claims they know exactly.
 */
public interface ClaimSource {
    /** The claims found in {@code article}; never throws for odd input. */
    ExtractionResult extract(Article article);
}
