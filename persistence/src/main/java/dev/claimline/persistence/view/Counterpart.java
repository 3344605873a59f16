package dev.claimline.persistence.view;

import java.util.Objects;

/**
 * Another actor seen from one country: the claims between the two, counted from that country's side.
 *
 * @param allegationsMade the country's allegations against this actor
 * @param allegationsReceived this actor's allegations against the country
 * @param denialsMade the country's denials answering this actor
 * @param denialsReceived this actor's denials answering the country
 */
public record Counterpart(
        ActorRef actor, long allegationsMade, long allegationsReceived, long denialsMade, long denialsReceived) {
    public Counterpart {
        Objects.requireNonNull(actor, "actor");
    }

    public long total() {
        return allegationsMade + allegationsReceived + denialsMade + denialsReceived;
    }
}
