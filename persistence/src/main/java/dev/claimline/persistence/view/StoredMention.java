package dev.claimline.persistence.view;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.Evidence;
import java.util.Objects;

/**
 * One article's report of a claim.
 *
 * @param date the statement's date as this article gives it, or null
 * @param evidence where this article carries the claim, as offsets into its body
 */
public record StoredMention(
        ArticleRef article, String claimantMention, ClaimDate date, Evidence evidence, double confidence) {
    public StoredMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(claimantMention, "claimantMention");
        Objects.requireNonNull(evidence, "evidence");
    }
}
