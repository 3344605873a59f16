package dev.claimline.persistence.view;

import dev.claimline.extraction.ClaimDate;
import java.util.List;
import java.util.Objects;

/**
 * A pair of actors with the allegations and denials between them that match a filter, {@code a} before {@code b} by
 * code.
 *
 * @param first the earliest dated claim, in that claim's own precision; null when none is dated
 * @param last the latest dated claim, in that claim's own precision; null when none is dated
 * @param months the dated claims counted by month, oldest first; months without claims are left out
 */
public record PairActivity(
        ActorRef a,
        ActorRef b,
        long allegations,
        long denials,
        ClaimDate first,
        ClaimDate last,
        List<MonthCount> months) {
    public PairActivity {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        months = List.copyOf(months);
    }

    public long total() {
        return allegations + denials;
    }
}
