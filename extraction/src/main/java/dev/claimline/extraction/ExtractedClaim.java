package dev.claimline.extraction;

import java.util.List;
import java.util.Objects;

/**
 * One allegation, denial or other statement found in an article.
 *
 * @param type what kind of statement it is
 * @param claimant the state or organisation whose voice the statement is
 * @param claimantMention how the article names the speaker ("National Security Council spokesperson John Kirby")
 * @param accused those whose conduct the claim is about (for a denial, those defended)
 * @param accuser for a denial, whose allegation it rejects; null when unknown and always for other types
 * @param date the day (or month) the statement was made, or null when the article does not give it
 * @param evidence the span of the body that carries the claim
 * @param confidence between 0 and 1: higher for an explicit quote with a speech verb than for an inferred one
 */
public record ExtractedClaim(
        ClaimType type,
        Actor claimant,
        String claimantMention,
        List<Actor> accused,
        Actor accuser,
        ClaimDate date,
        Evidence evidence,
        double confidence) {
    public ExtractedClaim {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimantMention, "claimantMention");
        accused = List.copyOf(accused);
        Objects.requireNonNull(evidence, "evidence");
        if (type != ClaimType.DENIAL && accuser != null) {
            throw new IllegalArgumentException("only a denial has an accuser");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
