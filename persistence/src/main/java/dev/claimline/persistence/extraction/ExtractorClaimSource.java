package dev.claimline.persistence.extraction;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimExtractor;
import dev.claimline.extraction.ExtractionResult;
import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;

/** The claim source of the application: the extraction engine. */
@Singleton
@DefaultBean
public class ExtractorClaimSource implements ClaimSource {
    private final ClaimExtractor extractor;

    public ExtractorClaimSource(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ExtractionResult extract(Article article) {
        long started = System.nanoTime();
        ExtractionResult result = extractor.extract(article);
        Log.debugf(
                "Extracted %d claims from \"%s\" (%d characters) in %d ms",
                result.claims().size(),
                article.title(),
                article.body().length(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
