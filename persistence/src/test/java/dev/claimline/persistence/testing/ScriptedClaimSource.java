package dev.claimline.persistence.testing;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimExtractor;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.extraction.ClaimSource;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim source of tests: articles whose title a test scripted get exactly the scripted claims, every other article
 * goes through the real extractor. Replaces the application's default claim source.
 */
@Singleton
public class ScriptedClaimSource implements ClaimSource {
    private final ClaimExtractor extractor;
    private final Map<String, List<ExtractedClaim>> scripts = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();

    public ScriptedClaimSource(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    /** From now on, the article titled {@code title} yields exactly {@code claims}. */
    public void script(String title, List<ExtractedClaim> claims) {
        scripts.put(title, List.copyOf(claims));
    }

    /** From now on, extraction of the article titled {@code title} fails with {@code failure}. */
    public void fail(String title, RuntimeException failure) {
        failures.put(title, failure);
    }

    @Override
    public ExtractionResult extract(Article article) {
        RuntimeException failure = failures.get(article.title());
        if (failure != null) {
            throw failure;
        }
        List<ExtractedClaim> claims = scripts.get(article.title());
        return claims == null ? extractor.extract(article) : new ExtractionResult(claims, "en", List.of());
    }
}
