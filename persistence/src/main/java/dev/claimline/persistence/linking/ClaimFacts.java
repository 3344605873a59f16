package dev.claimline.persistence.linking;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules for reports and links look at in a claim.
 *
 * @param accused codes of those accused (for a denial, those defended)
 * @param accuser for a denial, the code of the actor whose allegation it answers; null when unknown
 */
public record ClaimFacts(
        long id, ClaimType type, String claimant, Set<String> accused, String accuser, Topic topic, DateSpan span) {
    public ClaimFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(claimant, "claimant");
        accused = Set.copyOf(accused);
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(span, "span");
    }

    /** For a denial: the denier and those it defends, its partners. */
    public Set<String> defended() {
        Set<String> defended = new LinkedHashSet<>();
        defended.add(claimant);
        defended.addAll(accused);
        return defended;
    }
}
