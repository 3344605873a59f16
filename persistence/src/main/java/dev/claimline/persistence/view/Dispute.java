package dev.claimline.persistence.view;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.persistence.topic.Topic;
import java.util.List;
import java.util.Objects;

/**
 * An allegation with the denials that answer it and the counter-allegations made with them. Its id is the
 * allegation's.
 *
 * @param parties the accuser, then those accused, then any other actor whose denial answers it
 * @param opened the allegation's date, or null when it is not known
 * @param lastActivity the latest date of any of its claims, a month counting as its first day; null when none is
 *     dated
 * @param claims the allegation first, then denials and counter-allegations by date (undated last)
 */
public record Dispute(
        long id,
        List<String> parties,
        Topic topic,
        ClaimDate opened,
        ClaimDate lastActivity,
        Status status,
        List<StoredClaim> claims) {
    public enum Status {
        /** At least one denial answers the allegation. */
        ANSWERED,
        /** No denial answers it (yet). */
        UNANSWERED
    }

    public Dispute {
        parties = List.copyOf(parties);
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(status, "status");
        claims = List.copyOf(claims);
    }
}
