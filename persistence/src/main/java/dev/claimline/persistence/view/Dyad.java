package dev.claimline.persistence.view;

import dev.claimline.extraction.ClaimDate;
import java.util.Objects;

/**
 * An unordered pair of actors with the claims between them, {@code a} before {@code b} by code.
 *
 * @param first the earliest dated claim between the two, in that claim's own precision; null when none is dated
 * @param last the latest dated claim between the two, in that claim's own precision; null when none is dated
 */
public record Dyad(ActorRef a, ActorRef b, long allegations, long denials, ClaimDate first, ClaimDate last) {
    public Dyad {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.code().compareTo(b.code()) >= 0) {
            throw new IllegalArgumentException("dyad actors out of order: " + a.code() + ", " + b.code());
        }
    }
}
