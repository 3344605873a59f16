package dev.claimline.persistence.view;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * A claim as stored.
 *
 * @param claimantMention how the article names the speaker
 * @param accuser for a denial, whose allegation it rejects; otherwise null
 * @param date when the statement was made, or null when the article does not say
 */
public record StoredClaim(
        long id,
        ArticleRef article,
        ClaimType type,
        ActorRef claimant,
        String claimantMention,
        List<ActorRef> accused,
        ActorRef accuser,
        ClaimDate date,
        Evidence evidence,
        double confidence) {
    public StoredClaim {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimantMention, "claimantMention");
        accused = List.copyOf(accused);
        Objects.requireNonNull(evidence, "evidence");
    }
}
