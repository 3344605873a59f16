package dev.claimline.persistence.view;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Evidence;
import dev.claimline.persistence.codes.EventCodes;
import dev.claimline.persistence.topic.Topic;
import java.util.List;
import java.util.Objects;

/**
 * A claim as stored: one statement with every article that reports it.
 *
 * @param article the article whose report this view shows: the first report's, or in an article's list of claims that
 *     article's own
 * @param claimantMention how that article names the speaker
 * @param accuser for a denial, whose allegation it rejects; otherwise null
 * @param date when the statement was made, or null when no report says
 * @param evidence where that article carries the claim, as offsets into its body
 * @param mentions every report of the statement, the earliest published first
 * @param respondsTo for a denial, the ids of the allegations it answers
 * @param answeredBy for an allegation, the ids of the denials that answer it
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
        double confidence,
        Topic topic,
        List<StoredMention> mentions,
        List<Long> respondsTo,
        List<Long> answeredBy) {
    public StoredClaim {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimantMention, "claimantMention");
        accused = List.copyOf(accused);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(topic, "topic");
        mentions = List.copyOf(mentions);
        respondsTo = List.copyOf(respondsTo);
        answeredBy = List.copyOf(answeredBy);
    }

    /** The claim's CAMEO and PLOVER codes. */
    public EventCodes codes() {
        return EventCodes.of(type, topic);
    }
}
